package org.dynadeploy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.support.ModelSet;

/**
 * Writes the benchmark's synthetic model set as model files (one per kind), so a benchmark can
 * time the whole {@code docs} command, parsing included, on exactly the model the in-process
 * benchmark uses.
 */
final class SyntheticWorkspace {

    private static final String NAME = "synthetic";

    private SyntheticWorkspace() {
    }

    static List<Path> write(ModelSet models, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            if (!models.servicesModels().isEmpty()) {
                written.add(write(dir, DynaDeployLanguages.SERVICES, SyntheticText.services(models.servicesModels().get(0))));
            }
            if (!models.infrastructureModels().isEmpty()) {
                written.add(write(dir, DynaDeployLanguages.INFRASTRUCTURE,
                        SyntheticText.infrastructure(models.infrastructureModels().get(0))));
            }
            if (!models.distributions().isEmpty()) {
                written.add(write(dir, DynaDeployLanguages.DISTRIBUTION, SyntheticText.distribution(models.distributions().get(0))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static Path write(Path dir, String extension, String text) throws IOException {
        Path file = dir.resolve(NAME + "." + extension);
        AtomicFiles.write(file, text);
        return file;
    }
}
