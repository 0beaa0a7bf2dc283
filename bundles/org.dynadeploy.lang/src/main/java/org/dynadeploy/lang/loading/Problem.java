package org.dynadeploy.lang.loading;

import java.nio.file.Path;

/** One problem in a model file, positioned for humans (1-based line and column). */
public record Problem(Path file, int line, int column, Severity severity, String message, String code) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The conventional compiler form: {@code file:line:column: severity: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
