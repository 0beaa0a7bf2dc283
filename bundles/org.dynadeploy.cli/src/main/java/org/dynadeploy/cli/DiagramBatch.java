package org.dynadeploy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.ServicesDiagram;
import org.dynadeploy.docs.site.SafePaths;
import org.dynadeploy.model.support.ModelSet;

/**
 * {@code visualize-services --batch}: every layer's diagram, sub-groups collapsed, as dydisnix
 * writes {@code <dir>/<group>/diagram.dot} (plus the image with -f). Group folders are named
 * as in the catalog ({@link SafePaths}: a group called ".." or "Foo" cannot escape or collide),
 * so the diagrams' links to other groups resolve when the folders are merged with a catalog.
 * Everything is rendered before the first file is written, so a failure writes nothing.
 */
final class DiagramBatch {

    static final String DIAGRAM = "diagram";

    private DiagramBatch() {
    }

    /** @return the files written, relative to {@code outputDir} */
    static List<String> write(ModelSet models, Path outputDir, Format format) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String group : DocsGroups.all(models)) {
            String dir = SafePaths.dir(group);
            String prefix = dir.isEmpty() ? "" : dir + "/";
            // The DOT file always, as dydisnix's batch mode; the asked format beside it.
            files.put(prefix + DIAGRAM + ".dot", ServicesDiagram.render(models, group, Format.DOT));
            if (format != Format.DOT) {
                files.put(prefix + DIAGRAM + "." + format.extension(), ServicesDiagram.render(models, group, format));
            }
        }
        check(outputDir, files.keySet());
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = outputDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                BinaryOutput.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(files.keySet());
    }

    /** Refuses before writing anything: an output folder that is a file, or a folder where a diagram goes. */
    private static void check(Path outputDir, Iterable<String> files) {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new UserException("--output-dir " + DisplayPaths.of(outputDir) + " is a file, not a folder");
        }
        for (String file : files) {
            Path target = outputDir.resolve(file);
            if (Files.isDirectory(target)) {
                throw new UserException("cannot write " + DisplayPaths.of(target) + ": it is a folder");
            }
            for (Path parent = target.getParent(); parent != null && !parent.equals(outputDir); parent = parent.getParent()) {
                if (Files.exists(parent) && !Files.isDirectory(parent)) {
                    throw new UserException("cannot write " + DisplayPaths.of(target) + ": " + DisplayPaths.of(parent)
                            + " is a file");
                }
            }
        }
    }
}
