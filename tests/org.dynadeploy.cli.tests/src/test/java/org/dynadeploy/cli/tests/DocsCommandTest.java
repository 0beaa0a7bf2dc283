package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.DocsFiles.assertContains;
import static org.dynadeploy.cli.tests.DocsFiles.assertWellFormed;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy docs}: the whole catalog (dydisnix-generate-services-docs), from our languages and from XML. */
class DocsCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAPagePerGroupWithDeploymentAndInfrastructureFromAWorkspaceFolder() {
        Fixtures.copy("valid", dir);
        Run run = Cli.in(dir).run("docs", "-s", "valid", "--output-dir", "site");
        assertSuccess(run);
        assertEquals("", run.stdout(), "the catalog goes to files; stdout stays empty");
        assertStderrContains(run, "open site/index.html");
        List<String> files = DocsFiles.list(dir.resolve("site"));
        for (String expected : List.of("index.html", "frontend/index.html", "backend/index.html",
                "backend/storage/index.html", "frontend/diagram.svg", "frontend/diagram.dot", "frontend/diagram.mmd",
                "deployment.html", "infrastructure.html", "style.css", "search.js", "search-index.js")) {
            assertTrue(files.contains(expected), () -> expected + " missing from " + files);
        }
        for (String file : files) {
            if (file.endsWith(".html") || file.endsWith(".svg")) {
                assertWellFormed(Fixtures.read(dir.resolve("site").resolve(file)), file);
            }
        }
        String backend = Fixtures.read(dir.resolve("site/backend/index.html"));
        assertContains(backend, "Back end", "the docs block's title of backend");
        assertContains(backend, "storage/index.html", "the link to the sub-group's page");
        // the .dist of the folder is used: the entries say where a service runs
        assertContains(Fixtures.read(dir.resolve("site/deployment.html")), "test2", "the deployment page");
    }

    @Test
    void theDocsOptionWinsOverTheModelsOwnDocsBlock() {
        Fixtures.copy("docs", dir);
        Run run = Cli.in(dir).run("docs", "-s", "docs/layers.services", "--docs", "docs/columns.services",
                "--output-dir", "out");
        assertSuccess(run);
        String page = Fixtures.read(dir.resolve("out/services/index.html"));
        assertContains(page, "<th>Kind</th>", "the configured header of 'type'");
        assertContains(page, "<th>Owned by</th>", "the configured header of 'owner'");
        assertContains(page, "Shared back end", "the configured title of 'services'");
        assertFalse(page.contains("<th>Description</th><th>Type</th>"), "the default columns are replaced");
    }

    @Test
    void readsDisnixXmlInputsLikeTheDydisnixTools() {
        Fixtures.copy("docs", dir);
        assertSuccess(Cli.in(dir).run("xml", "-s", "docs/layers.services", "-o", "services.xml"));
        assertSuccess(Cli.in(dir).run("xml", "--docs", "docs/columns.services", "-o", "docs.xml"));
        Run run = Cli.in(dir).run("docs", "--xml", "-s", "services.xml", "--docs", "docs.xml", "--output-dir", "out",
                "--extra-params", "{}");
        assertSuccess(run);
        List<String> files = DocsFiles.list(dir.resolve("out"));
        assertTrue(files.containsAll(List.of("index.html", "services/index.html", "services/logging/index.html",
                "services/reporting/index.html")), files::toString);
        assertContains(Fixtures.read(dir.resolve("out/services/index.html")), "<th>Owned by</th>", "the docs XML's header");
        assertEquals(Fixtures.text("expected/docs/services.dot"), Fixtures.read(dir.resolve("out/services/diagram.dot")));
    }

    @Test
    void pngPagesHaveAPngPerLayer() {
        Fixtures.copy("docs", dir);
        Run run = Cli.in(dir).run("docs", "-s", "docs/layers.services", "-f", "png", "--output-dir", "out");
        assertSuccess(run);
        DocsFiles.assertPng(dir.resolve("out/diagram.png"));
        DocsFiles.assertPng(dir.resolve("out/services/logging/diagram.png"));
        assertContains(Fixtures.read(dir.resolve("out/index.html")), "usemap=", "the PNG's clickable image map");
    }

    @Test
    void modelErrorsAreReportedWithTheirPositionAndNothingIsWritten() {
        Fixtures.copy("docs-bad", dir);
        Run run = Cli.in(dir).run("docs", "-s", "docs-bad", "--output-dir", "out");
        assertUserError(run);
        assertStderrContains(run, "docs-bad/broken.services:2:15: error: unknown service 'nowhere'");
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written when the models have errors");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefused() {
        Fixtures.copy("docs", dir);
        Fixtures.write(dir.resolve("taken"), "a file\n");
        Run run = Cli.in(dir).run("docs", "-s", "docs/layers.services", "--output-dir", "taken");
        assertUserError(run);
        assertStderrContains(run, "--output-dir taken is a file");
    }

    @Test
    void wrongUsageExitsWith2() {
        Run missing = Cli.in(dir).run("docs", "-s", "x.services");
        assertEquals(2, missing.exit(), missing::toString);
        assertStderrContains(missing, "--output-dir");
        Run format = Cli.in(dir).run("docs", "-s", "x.services", "--output-dir", "o", "-f", "mermaid");
        assertEquals(2, format.exit(), format::toString);
        assertStderrContains(format, "use svg or png");
    }
}
