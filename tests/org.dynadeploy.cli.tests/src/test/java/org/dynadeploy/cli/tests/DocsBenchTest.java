package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.DocsFiles.assertContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy bench docs}: runs (timings are printed, not checked) and writes a model the tools accept. */
class DocsBenchTest {

    @TempDir
    Path dir;

    @Test
    void timesASmallCatalog() {
        Run run = Cli.in(dir).run("bench", "docs", "--services", "120", "--groups", "9", "--targets", "3");
        assertSuccess(run);
        assertContains(run.stdout(), "bench docs: 120 services, 9 groups over 3 levels, 3 targets", "the header");
        assertContains(run.stdout(), "catalog, cold:", "the cold run");
        assertContains(run.stdout(), "10 pages", "the root and the 9 groups");
    }

    @Test
    void theWrittenModelValidatesAndDocuments() {
        Run write = Cli.in(dir).run("bench", "docs", "--services", "60", "--groups", "6", "--targets", "2",
                "--write-model", "ws");
        assertSuccess(write);
        assertTrue(Files.isRegularFile(dir.resolve("ws/synthetic.services")), write::toString);
        assertSuccess(Cli.in(dir).run("validate", "ws"));
        Run docs = Cli.in(dir).run("docs", "-s", "ws", "--output-dir", "out");
        assertSuccess(docs);
        assertTrue(Files.isRegularFile(dir.resolve("out/deployment.html")), docs::toString);
    }
}
