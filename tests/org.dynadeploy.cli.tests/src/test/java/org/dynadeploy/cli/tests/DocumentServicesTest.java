package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.DocsFiles.assertContains;
import static org.dynadeploy.cli.tests.DocsFiles.assertWellFormed;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy document-services}: one group's page on stdout, or the catalog with --batch. */
class DocumentServicesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyModels() {
        Fixtures.copy("docs", dir);
    }

    @Test
    void printsOneGroupsPage() {
        Run run = Cli.in(dir).run("document-services", "-s", "docs/layers.services", "--group", "services");
        assertSuccess(run);
        String page = run.stdout();
        assertWellFormed(page, "the page");
        assertContains(page, "<title>Functional architecture documentation for group: Back-end services</title>",
                "the title with the group's title");
        assertContains(page, "href=\"logging/index.html\"", "the sub-group row's link");
        assertContains(page, "errordb", "the service of the group");
        assertContains(page, "href=\"../style.css\"", "the stylesheet, relative to the group's folder");
    }

    @Test
    void theDocsConfigurationChoosesTheColumns() {
        Run run = Cli.in(dir).run("document-services", "-s", "docs/layers.services", "--docs", "docs/columns.services",
                "-o", "root.html");
        assertSuccess(run);
        assertEquals("", run.stdout());
        assertContains(Fixtures.read(dir.resolve("root.html")), "<th>Owned by</th>", "the configured column");
    }

    @Test
    void batchWritesTheCatalog() {
        Run run = Cli.in(dir).run("document-services", "-s", "docs/layers.services", "--batch", "--output-dir", "out");
        assertSuccess(run);
        assertTrue(DocsFiles.list(dir.resolve("out")).containsAll(java.util.List.of("index.html", "style.css",
                "services/index.html", "services/logging/index.html", "services/reporting/diagram.svg")));
    }

    @Test
    void anUnknownGroupListsTheKnownOnes() {
        Run run = Cli.in(dir).run("document-services", "-s", "docs/layers.services", "--group", "services/billing");
        assertUserError(run);
        assertStderrContains(run, "no group 'services/billing'; groups are:");
        assertStderrContains(run, "services/reporting");
    }
}
