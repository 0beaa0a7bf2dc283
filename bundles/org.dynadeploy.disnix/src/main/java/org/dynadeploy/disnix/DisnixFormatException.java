package org.dynadeploy.disnix;

/**
 * A Disnix model file that cannot be read, or a model that cannot be written in a Disnix format.
 * The message says where ({@code file:line:column}, when known), what is wrong and how to fix it;
 * it never contains a stack trace.
 */
public class DisnixFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /** An error at a position of a file (line and column 1-based; 0 when unknown). */
    public DisnixFormatException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** An error about a whole file. */
    public DisnixFormatException(String file, String detail) {
        this(file, 0, 0, detail);
    }

    /** An error without a file, e.g. a model that cannot be written. */
    public DisnixFormatException(String detail) {
        this(null, 0, 0, detail);
    }

    private static String format(String file, int line, int column, String detail) {
        StringBuilder result = new StringBuilder();
        if (file != null) {
            result.append(file);
            if (line > 0) {
                result.append(':').append(line);
                if (column > 0) {
                    result.append(':').append(column);
                }
            }
            result.append(": ");
        }
        return result.append(detail).toString();
    }

    /** The file the error is in, or null. */
    public String getFile() {
        return file;
    }

    /** The 1-based line, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The message without the position prefix. */
    public String getDetail() {
        return detail;
    }
}
