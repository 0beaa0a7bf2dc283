package org.dynadeploy.lang.ide.text;

/**
 * Line- and list-aware ranges in a document's text, so that removing an element leaves neat
 * source: a statement alone on its lines takes its lines with it, a list element takes one of
 * its separating commas.
 */
public final class SourceText {

    private final String text;

    public SourceText(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public int lineStart(int offset) {
        int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset == 0 ? 0 : newline + 1;
    }

    /** The offset of the line break ending the line of {@code offset}, or the text's length. */
    public int lineEnd(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    /** The spaces and tabs a line starts with. */
    public String indentationAt(int offset) {
        int start = lineStart(offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes a statement [start, end): its whole lines when nothing else is on them, otherwise
     * the statement and the blanks after it.
     */
    public Edit removeStatement(int start, int end) {
        int lineStart = lineStart(start);
        int lineEnd = lineEnd(end);
        if (isBlank(lineStart, start) && isBlank(end, lineEnd)) {
            return Edit.delete(lineStart, Math.min(text.length(), lineEnd + 1));
        }
        int after = end;
        while (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        return Edit.delete(start, after);
    }

    /**
     * Removes an element [start, end) of a comma-separated list with one separating comma: the
     * one after it if there is one, else the one before it. Null when no comma is next to it.
     */
    public Edit removeListElement(int start, int end) {
        int after = skipBlanksForward(end);
        if (after < text.length() && text.charAt(after) == ',') {
            return Edit.delete(start, skipSpacesForward(after + 1));
        }
        int before = skipBlanksBackward(start);
        if (before > 0 && text.charAt(before - 1) == ',') {
            return Edit.delete(before - 1, end);
        }
        return null;
    }

    /** Whether the element [start, end) is separated by a comma from a neighbour. */
    public boolean isListElement(int start, int end) {
        return removeListElement(start, end) != null;
    }

    private int skipBlanksForward(int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpacesForward(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private int skipBlanksBackward(int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The text to append a new top-level block to the end: separated by one blank line. */
    public String blockSeparatorAtEnd() {
        if (text.isBlank()) {
            return "";
        }
        if (text.endsWith("\n\n")) {
            return "";
        }
        return text.endsWith("\n") ? "\n" : "\n\n";
    }
}
