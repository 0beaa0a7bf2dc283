package org.dynadeploy.languageserver.commands;

/** A command that cannot run for a reason the user can fix; the message says which. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
