package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.DocsFiles.assertContains;
import static org.dynadeploy.cli.tests.DocsFiles.assertWellFormed;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy visualize-infra}: dydisnix's DOT shape (§7.5), other formats, the deployment view. */
class VisualizeInfraTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyModels() {
        Fixtures.copy("valid", dir);
    }

    @Test
    void printsTargetsAndContainersAsDot() {
        Run run = Cli.in(dir).run("visualize-infra", "-i", "valid/infra.infra");
        assertSuccess(run);
        assertEquals(Fixtures.text("expected/docs/infra.dot"), run.stdout());
    }

    @Test
    void readsTheInfrastructureXml() {
        assertSuccess(Cli.in(dir).run("xml", "-i", "valid/infra.infra", "-o", "infrastructure.xml"));
        Run run = Cli.in(dir).run("visualize-infra", "--xml", "-i", "infrastructure.xml");
        assertSuccess(run);
        assertEquals(Fixtures.text("expected/docs/infra.dot"), run.stdout());
    }

    @Test
    void drawsTheDeploymentWithADistribution() {
        Run run = Cli.in(dir).run("visualize-infra", "-i", "valid", "-s", "valid", "-d", "valid/deploy.dist",
                "-f", "svg", "-o", "deployment.svg");
        assertSuccess(run);
        String svg = Fixtures.read(dir.resolve("deployment.svg"));
        assertWellFormed(svg, "the deployment SVG");
        assertContains(svg, "roomsdb", "the service placed on test1");
    }

    @Test
    void theInfrastructureIsRequired() {
        Run run = Cli.in(dir).run("visualize-infra", "-f", "svg");
        assertEquals(2, run.exit(), run::toString);
        assertStderrContains(run, "--infrastructure");
    }
}
