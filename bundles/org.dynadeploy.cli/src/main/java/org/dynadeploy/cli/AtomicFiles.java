package org.dynadeploy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files so that readers see the old content or the new, never a half-written file: the
 * text goes to a temporary file in the same folder, which is then renamed over the target.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} (UTF-8) to {@code target}, keeping the permissions of an existing file. */
    static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("cannot write " + DisplayPaths.of(target) + ": the folder "
                    + (folder == null ? "" : DisplayPaths.of(folder) + " ") + "does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserException("cannot write " + DisplayPaths.of(target) + ": it is a folder");
        }
        // Dot-prefixed so that folder scans (which skip hidden files) never pick it up.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            copyPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.exists(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }
}
