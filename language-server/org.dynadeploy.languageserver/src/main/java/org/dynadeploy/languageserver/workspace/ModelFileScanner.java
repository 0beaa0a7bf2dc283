package org.dynadeploy.languageserver.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

import org.apache.log4j.Logger;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * Finds the model files of a workspace folder for the initial build. Unlike Xtext's scanner it
 * skips what never holds models (hidden folders, build output, node_modules, generated docs) and
 * files too large to be models, so opening a big repository stays fast and safe.
 */
public class ModelFileScanner implements IFileSystemScanner {

    private static final Logger LOG = Logger.getLogger(ModelFileScanner.class);

    /** Folders never scanned, besides hidden ones. */
    static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "docs-out", "build", "out");

    @Inject
    private UriExtensions uriExtensions;

    @Override
    public void scan(URI root, IAcceptor<URI> acceptor) {
        if (root == null || !root.isFile()) {
            return;
        }
        Path start = Path.of(root.toFileString());
        if (!Files.isDirectory(start)) {
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(start) || !isSkippedFolder(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && DynaDeployLanguages.isModelFile(file)) {
                        if (attrs.size() > DocumentLimits.MAX_CHARACTERS) {
                            LOG.warn("not loading " + file + ": " + attrs.size() + " bytes is more than a model file may have");
                        } else {
                            acceptor.accept(uriExtensions.toEmfUri(file.toUri()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable entries are not models
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot scan " + start + ": " + e.getMessage());
        }
    }

    static boolean isSkippedFolder(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED_FOLDERS.contains(name);
    }
}
