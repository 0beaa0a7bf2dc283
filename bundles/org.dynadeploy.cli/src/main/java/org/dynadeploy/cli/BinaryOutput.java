package org.dynadeploy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.dynadeploy.docs.Format;

/**
 * Where a rendered diagram or page goes: stdout (text formats only) or a file given with
 * {@code -o}. Files are written to a temporary sibling and renamed into place, so a reader
 * never sees half a PNG ({@link AtomicFiles} does the same for text only).
 */
final class BinaryOutput {

    private BinaryOutput() {
    }

    /** Refuses, before any work, an output that cannot take the format. */
    static void check(Path file, Format format) {
        if (file == null && !format.isText()) {
            throw new UserException(format.extension() + " is a binary format and is not printed to the terminal;"
                    + " give -o FILE");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new UserException("cannot write " + DisplayPaths.of(file) + ": it is a folder");
        }
    }

    /** Writes to the file, or (file null, text only) prints to stdout. */
    static void write(Path file, byte[] content, PrintWriter stdout) {
        if (file == null) {
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        try {
            write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes bytes atomically; the folder must exist. */
    static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("cannot write " + DisplayPaths.of(target) + ": the folder "
                    + (folder == null ? "" : DisplayPaths.of(folder) + " ") + "does not exist");
        }
        // Dot-prefixed so that folder scans (which skip hidden files) never pick it up.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                out.write(content);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
