package org.dynadeploy.cli;

/**
 * An error in what the user gave us (a file, an option, a model). Reported as a message and
 * exit status 1, never with a stack trace unless {@code --debug} is given.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
