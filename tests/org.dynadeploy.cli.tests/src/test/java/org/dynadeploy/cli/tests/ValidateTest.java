package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertClean;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy validate}: problems as file:line:column: severity: message, and the exit status. */
class ValidateTest {

    @TempDir
    Path dir;

    @Test
    void validModelsPass() {
        Fixtures.copy("valid", dir);
        Run run = Cli.in(dir).run("validate", "valid");
        assertSuccess(run);
        assertEquals("", run.stdout(), run::toString);
        assertStderrContains(run, "validate: 6 files checked, no problems");
    }

    @Test
    void filesOfAFolderAreFoundRecursively() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("models/deep/er"));
        Fixtures.write(nested.resolve("web.services"), "service web: process {\n    dependsOn rooms\n}\n");
        Fixtures.write(dir.resolve("models/rooms.services"), "service rooms: process {\n}\n");
        Run run = Cli.in(dir).run("validate", "models");
        assertSuccess(run);
        assertStderrContains(run, "2 files checked");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        Fixtures.write(dir.resolve("web.services"), "service web: process {\n    dependsOn\n}\n");
        Run run = Cli.in(dir).run("validate", "web.services");
        assertUserError(run);
        assertStderrContains(run, "web.services:3:1: error: ");
        assertStderrContains(run, "validate: 1 file checked, 1 error");
    }

    @Test
    void anUnresolvedReferenceIsReportedWithItsPosition() {
        Fixtures.write(dir.resolve("web.services"), "service web: process {\n    dependsOn rooms\n}\n");
        Run run = Cli.in(dir).run("validate", "web.services");
        assertUserError(run);
        assertStderrContains(run, "web.services:2:15: error: ");
        assertStderrContains(run, "rooms");
    }

    @Test
    void referencesResolveAcrossTheFilesGiven() {
        Fixtures.copy("valid", dir);
        Run alone = Cli.in(dir).run("validate", "valid/deploy.dist");
        assertUserError(alone);
        Run together = Cli.in(dir).run("validate", "valid/deploy.dist", "valid/app.services", "valid/infra.infra");
        assertSuccess(together);
    }

    @Test
    void pathsAreRelativeBelowTheCurrentFolderAndAbsoluteElsewhere() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path file = models.resolve("web.services");
        Fixtures.write(file, "service web: process {\n    dependsOn rooms\n}\n");
        Run below = Cli.in(dir).run("validate", file.toString());
        assertEquals(true, below.stderr().startsWith("models/web.services:2:15: error: "), below::toString);
        Run outside = Cli.in(elsewhere).run("validate", file.toString());
        assertEquals(true, outside.stderr().startsWith(file + ":2:15: error: "), outside::toString);
    }

    @Test
    void warningsDoNotFailUnlessStrict() {
        Fixtures.copy("warnings", dir);
        Run run = Cli.in(dir).run("validate", "warnings");
        assertSuccess(run);
        assertStderrContains(run, "warnings/listed-twice.services:5:18: warning: ");
        assertStderrContains(run, "1 warning");
        Run strict = Cli.in(dir).run("validate", "--strict", "warnings");
        assertUserError(strict);
        assertStderrContains(strict, "warnings/listed-twice.services:5:18: warning: ");
    }

    @Test
    void aFolderWithoutModelsIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("nothing-here"));
        Fixtures.write(dir.resolve("nothing-here/readme.md"), "# not a model\n");
        Run run = Cli.in(dir).run("validate", "nothing-here");
        assertUserError(run);
        assertStderrContains(run, "no model files found in nothing-here");
    }

    @Test
    void everyProblemOfEveryFileIsReported() {
        Fixtures.write(dir.resolve("a.services"), "service a: process {\n    dependsOn x\n}\n");
        Fixtures.write(dir.resolve("b.idres"), "pool ports 4000..3000\n");
        Run run = Cli.in(dir).run("validate", ".");
        assertUserError(run);
        assertStderrContains(run, "a.services:2:15: error: ");
        assertStderrContains(run, "b.idres:1:18: error: ");
        assertStderrContains(run, "2 files checked, 2 errors");
        assertClean(run);
    }
}
