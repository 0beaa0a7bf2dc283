package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.docs.DocsGenerator;
import org.dynadeploy.docs.DocsOptions;
import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;

/**
 * Writes the whole documentation catalog (dydisnix-generate-services-docs); shared by
 * {@code docs} and {@code document-services --batch}, which upstream are the same pages.
 */
final class CatalogRun {

    private CatalogRun() {
    }

    /**
     * @param threads how many layers are laid out at once, or 0 for one per core
     */
    static DocsResult generate(DocsModels models, Path outputDir, Format imageFormat, int threads) {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new UserException("--output-dir " + DisplayPaths.of(outputDir) + " is a file, not a folder");
        }
        DocsOptions options = DocsOptions.of(outputDir).withImageFormat(imageFormat)
                .withDistribution(models.effectiveDistribution()).withIds(models.effectiveIds());
        if (threads > 0) {
            options = options.withThreads(threads);
        }
        try {
            return DocsGenerator.generate(models.models(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "docs: 12 pages, 57 files in out/; open out/index.html" on stderr (stdout stays empty, as upstream). */
    static void report(String command, DocsResult result, PrintWriter err) {
        err.println(command + ": " + ProblemReporter.plural(result.groups(), "page") + " and "
                + ProblemReporter.plural(result.files().size(), "file") + " in " + DisplayPaths.of(result.outputDir())
                + "; open " + DisplayPaths.of(result.indexPage()));
        err.flush();
    }
}
