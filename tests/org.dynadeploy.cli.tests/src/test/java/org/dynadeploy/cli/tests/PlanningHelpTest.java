package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The planning commands are listed and each has help with examples. */
class PlanningHelpTest {

    @TempDir
    Path dir;

    @Test
    void theTopLevelHelpListsThem() {
        Run run = Cli.in(dir).run("--help");
        assertSuccess(run);
        for (String command : new String[] {"gendist", "filter", "divide", "minsetcover", "multiwaycut", "graphcol",
                "id-assign", "augment-infra"}) {
            assertTrue(run.stdout().contains("  " + command + " "), () -> command + " missing from\n" + run);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gendist", "filter", "divide", "minsetcover", "multiwaycut", "graphcol", "id-assign",
            "augment-infra"})
    void everyPlanningCommandHasHelpWithExamples(String command) {
        Run run = Cli.in(dir).run(command, "--help");
        assertSuccess(run);
        assertTrue(run.stdout().startsWith("Usage: dynadeploy " + command), run::toString);
        assertTrue(run.stdout().contains("Examples:"), run::toString);
        assertTrue(run.stdout().contains("dynadeploy " + command + " "), run::toString);
        assertTrue(run.stdout().contains("Exit status:"), run::toString);
    }
}
