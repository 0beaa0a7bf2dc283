package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.DocsFiles.assertContains;
import static org.dynadeploy.cli.tests.DocsFiles.assertWellFormed;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dynadeploy visualize-services}: dydisnix's worked example (§7.4 of the behaviour
 * inventory) as DOT, the other formats, batch mode and the errors.
 */
class VisualizeServicesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyModels() {
        Fixtures.copy("docs", dir);
    }

    /** The expected files were checked by hand against the worked example's nodes and edges. */
    @ParameterizedTest
    @CsvSource({
            "'',               --group-subservices, expected/docs/root.dot",
            "services,         --group-subservices, expected/docs/services.dot",
            "services/logging, '',                  expected/docs/services-logging.dot",
            "/services/logging/, '',                expected/docs/services-logging.dot"})
    void printsTheLayerAsDydisnixDot(String group, String flag, String expected) {
        List<String> args = new java.util.ArrayList<>(List.of("visualize-services", "-s", "docs/layers.services",
                "--group", group));
        if (!flag.isEmpty()) args.add(flag);
        Run run = Cli.in(dir).run(args.toArray(String[]::new));
        assertSuccess(run);
        assertEquals(Fixtures.text(expected), run.stdout());
        assertEquals("", run.stderr(), run::toString);
    }

    @Test
    void withoutGroupSubservicesTheSubGroupsAreDrawnServiceByService() {
        Run run = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services");
        assertSuccess(run);
        assertContains(run.stdout(), "\"portal\" -> \"loggingapi\"", "the uncollapsed root diagram");
        assertTrue(!run.stdout().contains("style=dashed ]"), "no group node without --group-subservices");
    }

    @Test
    void writesSvgAndMermaid() {
        Run svg = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "--group", "services", "-f", "svg",
                "-o", "services.svg");
        assertSuccess(svg);
        assertEquals("", svg.stdout());
        String text = Fixtures.read(dir.resolve("services.svg"));
        assertWellFormed(text, "the SVG");
        assertContains(text, "logging/index.html", "the group node's link");
        Run mermaid = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "-f", "mermaid");
        assertSuccess(mermaid);
        assertTrue(mermaid.stdout().startsWith("flowchart"), mermaid::toString);
    }

    @Test
    void batchWritesEveryLayersDiagram() {
        Run run = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "--batch", "-f", "png",
                "--output-dir", "diagrams");
        assertSuccess(run);
        assertEquals(List.of("diagram.dot", "diagram.png", "services/diagram.dot", "services/diagram.png",
                "services/logging/diagram.dot", "services/logging/diagram.png", "services/reporting/diagram.dot",
                "services/reporting/diagram.png"), DocsFiles.list(dir.resolve("diagrams")));
        assertEquals(Fixtures.text("expected/docs/services.dot"), Fixtures.read(dir.resolve("diagrams/services/diagram.dot")));
        DocsFiles.assertPng(dir.resolve("diagrams/services/logging/diagram.png"));
    }

    @Test
    void anUnknownGroupListsTheKnownOnes() {
        Run run = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "--group", "servces");
        assertUserError(run);
        assertStderrContains(run, "no group 'servces'; groups are: \"\" (the root), services, services/logging,"
                + " services/reporting");
    }

    @Test
    void pngNeedsAnOutputFile() {
        Run run = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "-f", "png");
        assertUserError(run);
        assertStderrContains(run, "give -o FILE");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Cli.in(dir).run("visualize-services", "-s", "docs/layers.services", "-f", "jpeg");
        assertEquals(2, run.exit(), run::toString);
        assertStderrContains(run, "unknown format 'jpeg'");
    }

    @Test
    void xmlInputGivesTheSameDiagram() {
        assertSuccess(Cli.in(dir).run("xml", "-s", "docs/layers.services", "-o", "services.xml"));
        Run run = Cli.in(dir).run("visualize-services", "--xml", "-s", "services.xml", "--group", "services",
                "--group-subservices");
        assertSuccess(run);
        assertEquals(Fixtures.text("expected/docs/services.dot"), run.stdout());
    }
}
