package org.dynadeploy.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param outputDir the catalog's root
 * @param files     root-relative paths of every file written, in byte order
 * @param groups    how many group pages (layers) there are, the root included
 */
public record DocsResult(Path outputDir, List<String> files, int groups) {

    public DocsResult {
        files = List.copyOf(files);
    }

    /** The catalog's entry page. */
    public Path indexPage() {
        return outputDir.resolve("index.html");
    }
}
