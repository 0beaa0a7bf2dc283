package org.dynadeploy.docs.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a generated site into the output directory, in two passes. The first checks every
 * target against the real file system, writing nothing: each directory on the way must be a
 * directory (not a file), a symbolic link on the way must stay inside the output directory (the
 * relative paths are sanitised already; this stops a link planted in the output tree from
 * redirecting a write), and no directory may sit where a file goes. Only then the second pass
 * writes, each file to a temporary file next to it and moved into place, so a reader (or a
 * crash) never sees a half-written page. Files already there that are not part of the site
 * are left alone.
 */
public final class SiteWriter {

    private SiteWriter() {
    }

    /** Writes every file; returns the root-relative paths written, in order. */
    public static List<String> write(Path outputDir, SiteFiles site) throws IOException {
        Files.createDirectories(outputDir);
        Path root = outputDir.toRealPath();
        Map<String, byte[]> files = site.sorted();
        for (String file : files.keySet()) {
            check(root, file);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            writeAtomically(target, file.getValue());
            written.add(file.getKey());
        }
        return written;
    }

    private static void check(Path root, String file) throws IOException {
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output directory: " + file);
        }
        Path current = root;
        for (Path segment : root.relativize(target.getParent() == null ? root : target.getParent())) {
            if (segment.toString().isEmpty()) {
                break;
            }
            current = current.resolve(segment);
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return; // created fresh below: nothing further down can exist yet
            }
            if (Files.isSymbolicLink(current) && !current.toRealPath().startsWith(root)) {
                throw new IOException("refusing to write through a link that leaves the output directory: " + current);
            }
            if (!Files.isDirectory(current)) {
                throw new IOException("cannot create directory " + current + ": a file of that name is in the way");
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + target + ": a directory of that name is in the way");
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = temporarySibling(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hidden, unused name in the target's directory (same file system, so the move is a rename). */
    private static Path temporarySibling(Path target) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new FileAlreadyExistsException(target + " (no free temporary name)");
    }
}
