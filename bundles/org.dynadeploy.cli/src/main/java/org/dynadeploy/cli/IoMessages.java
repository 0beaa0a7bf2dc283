package org.dynadeploy.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Human wording for I/O failures; the JDK's messages are often just a path. */
final class IoMessages {

    private IoMessages() {
    }

    static String describe(IOException exception) {
        if (exception instanceof FileSystemException fs && fs.getFile() != null) {
            String file = DisplayPaths.of(fs.getFile());
            String reason = fs.getReason() == null ? "" : " (" + fs.getReason() + ")";
            if (exception instanceof NoSuchFileException) return file + ": no such file or directory" + reason;
            if (exception instanceof AccessDeniedException) return file + ": permission denied" + reason;
            if (exception instanceof FileAlreadyExistsException) return file + ": already exists" + reason;
            if (exception instanceof NotDirectoryException) return file + ": not a directory" + reason;
            if (exception instanceof DirectoryNotEmptyException) return file + ": directory not empty" + reason;
            return file + ": " + (fs.getReason() == null ? exception.getClass().getSimpleName() : fs.getReason());
        }
        return exception.getMessage() == null ? "input/output error" : exception.getMessage();
    }
}
