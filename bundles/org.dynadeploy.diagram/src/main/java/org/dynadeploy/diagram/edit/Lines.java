package org.dynadeploy.diagram.edit;

/** Line arithmetic on a file's text: where lines start and end, their indentation, blank lines. */
final class Lines {

    private final String text;

    Lines(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** Offset of the first character of the line holding {@code offset}. */
    int start(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Offset of the line break ending the line holding {@code offset} (or the text's end). */
    int end(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Offset just after the line break ending the line holding {@code offset}. */
    int next(int offset) {
        int end = end(offset);
        return end < text.length() ? end + 1 : end;
    }

    /** The whitespace the line holding {@code offset} starts with. */
    String indentation(int offset) {
        int start = start(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** Whether only spaces and tabs stand between the start of the line and {@code offset}. */
    boolean onlyWhitespaceBefore(int offset) {
        return text.substring(start(offset), offset).isBlank();
    }

    /** The line holding {@code offset}, without its line break. */
    String line(int offset) {
        return text.substring(start(offset), end(offset));
    }

    boolean isBlank(int lineStart) {
        return line(lineStart).isBlank();
    }

    /** The start of the previous line, or -1 on the first line. */
    int previousLine(int lineStart) {
        return lineStart == 0 ? -1 : start(lineStart - 1);
    }

    /** The start of the next line, or -1 on the last line. */
    int nextLine(int lineStart) {
        int next = next(lineStart);
        return next >= text.length() && (text.isEmpty() || end(lineStart) == text.length()) ? -1 : next;
    }

    /** Whether the trimmed line is a comment line ({@code //} or a whole {@code /* ... *\/} on it). */
    boolean isCommentLine(int lineStart) {
        String trimmed = line(lineStart).trim();
        return trimmed.startsWith("//") || (trimmed.startsWith("/*") && trimmed.endsWith("*/"));
    }

    /** The line break the file uses. */
    String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
