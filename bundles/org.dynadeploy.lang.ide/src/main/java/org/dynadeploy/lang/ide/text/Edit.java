package org.dynadeploy.lang.ide.text;

/** A replacement of the characters [start, end) of one text by {@code text}; an insertion when start == end. */
public record Edit(int start, int end, String text) {

    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public static Edit insert(int offset, String text) {
        return new Edit(offset, offset, text);
    }

    public static Edit delete(int start, int end) {
        return new Edit(start, end, "");
    }

    public static Edit replace(int start, int end, String text) {
        return new Edit(start, end, text);
    }
}
