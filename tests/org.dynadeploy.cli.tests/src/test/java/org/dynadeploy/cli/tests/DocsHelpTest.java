package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documentation commands are listed, and each help says what it does, with examples and exit codes. */
class DocsHelpTest {

    @TempDir
    Path dir;

    @Test
    void theTopLevelHelpListsTheDocumentationCommands() {
        Run run = Cli.in(dir).run("--help");
        assertSuccess(run);
        for (String command : new String[] {"docs", "visualize-services", "visualize-infra", "document-services", "bench"}) {
            assertTrue(run.stdout().contains("  " + command + " "), () -> command + " missing from\n" + run);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs", "visualize-services", "visualize-infra", "document-services", "bench docs"})
    void eachHelpHasExamplesAndExitCodes(String command) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";
        Run run = Cli.in(dir).run(args);
        assertSuccess(run);
        assertTrue(run.stdout().startsWith("Usage: dynadeploy " + command), run::toString);
        assertTrue(run.stdout().contains("Examples:"), run::toString);
        assertTrue(run.stdout().contains("dynadeploy " + command + " "), run::toString);
        assertTrue(run.stdout().contains("Exit status:"), run::toString);
    }
}
