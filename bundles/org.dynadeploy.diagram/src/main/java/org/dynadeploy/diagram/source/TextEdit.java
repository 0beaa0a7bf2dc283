package org.dynadeploy.diagram.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One replacement in one model file: {@code length} characters at {@code offset} (UTF-16 offsets
 * into the file's text, as Xtext's node model counts them) become {@code text}. An edit of a file
 * that does not exist yet creates it (offset 0, length 0).
 */
public record TextEdit(Path file, int offset, int length, String text) {

    public TextEdit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
    }

    public static TextEdit insert(Path file, int offset, String text) {
        return new TextEdit(file, offset, 0, text);
    }

    public static TextEdit delete(Path file, int offset, int length) {
        return new TextEdit(file, offset, length, "");
    }

    public int end() {
        return offset + length;
    }
}
