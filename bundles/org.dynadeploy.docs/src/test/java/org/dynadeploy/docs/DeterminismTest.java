package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dynadeploy.docs.bench.SyntheticModels;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical input gives byte-identical output, whatever the thread count or run. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameModelTwiceGivesTheSameBytes() throws Exception {
        ModelSet models = Fixtures.loadFolder(Fixtures.EXAMPLES.resolve("homework"));
        assertSameSite(DocsGenerator.generate(models, DocsOptions.of(dir.resolve("a")).withThreads(2)),
                DocsGenerator.generate(models, DocsOptions.of(dir.resolve("b")).withThreads(1)));
    }

    @Test
    void reloadedModelWithDeploymentAndPngGivesTheSameBytes() throws Exception {
        // two separately built model sets (a fresh load each time), PNG included
        ModelSet first = SyntheticModels.model(40, 4, 2, 3, 11);
        ModelSet second = SyntheticModels.model(40, 4, 2, 3, 11);
        DocsOptions a = DocsOptions.of(dir.resolve("a")).withImageFormat(Format.PNG).withResultsFrom(first);
        DocsOptions b = DocsOptions.of(dir.resolve("b")).withImageFormat(Format.PNG).withResultsFrom(second);
        assertSameSite(DocsGenerator.generate(first, a), DocsGenerator.generate(second, b));
    }

    private static void assertSameSite(DocsResult a, DocsResult b) throws Exception {
        assertEquals(a.files(), b.files());
        List<String> files = a.files();
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(a.outputDir().resolve(file)), Files.readAllBytes(b.outputDir().resolve(file)), file);
        }
    }
}
