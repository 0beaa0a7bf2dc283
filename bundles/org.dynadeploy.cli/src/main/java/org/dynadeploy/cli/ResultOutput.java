package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: stdout, or a file (written atomically) given with {@code -o}. */
final class ResultOutput {

    private final Path file;
    private final boolean overwrite;

    /**
     * @param file      the output file, or null for stdout
     * @param overwrite whether an existing file may be replaced
     */
    ResultOutput(Path file, boolean overwrite) {
        this.file = file;
        this.overwrite = overwrite;
    }

    /** Refuses early (before any work) an output file that must not be replaced. */
    void checkWritable() {
        if (file != null && !overwrite && Files.exists(file)) {
            throw new UserException(DisplayPaths.of(file) + " already exists; give --force to replace it");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new UserException("cannot write " + DisplayPaths.of(file) + ": it is a folder");
        }
    }

    void write(String text, PrintWriter stdout) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        checkWritable();
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
