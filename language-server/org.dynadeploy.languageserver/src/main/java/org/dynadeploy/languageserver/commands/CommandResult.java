package org.dynadeploy.languageserver.commands;

import java.util.List;

/**
 * The answer to a DynaDeploy command (sent as JSON): whether it worked, a sentence for the user,
 * and the URIs of the files it wrote. The same sentence is shown with window/showMessage.
 */
public final class CommandResult {

    private final boolean ok;
    private final String message;
    private final List<String> files;

    private CommandResult(boolean ok, String message, List<String> files) {
        this.ok = ok;
        this.message = message;
        this.files = List.copyOf(files);
    }

    public static CommandResult success(String message, List<String> files) {
        return new CommandResult(true, message, files);
    }

    public static CommandResult failure(String message) {
        return new CommandResult(false, message, List.of());
    }

    public boolean ok() {
        return ok;
    }

    public String message() {
        return message;
    }

    public List<String> files() {
        return files;
    }

    @Override
    public String toString() {
        return (ok ? "ok: " : "failed: ") + message;
    }
}
