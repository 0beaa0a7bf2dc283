package org.dynadeploy.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Paths as messages show them: relative to the current directory when below it, else absolute. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) {
            return cwd.relativize(absolute).toString();
        }
        return absolute.toString();
    }

    static String of(String path) {
        try {
            return of(Path.of(path));
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
