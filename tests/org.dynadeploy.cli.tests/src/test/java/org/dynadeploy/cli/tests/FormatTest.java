package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynadeploy format}: in place, atomic, idempotent, comment-preserving; refuses broken files. */
class FormatTest {

    private static final String MESSY = """
            // The web tier.
            service web : tomcat-webapplication { description "The web UI"   dependsOn rooms
              requireMem=262144 config = { port = 8080  hosts = [ "a" , "b" ] } }
            service rooms: process {   } // trailing comment
            """;

    private static final String FORMATTED = """
            // The web tier.
            service web: tomcat-webapplication {
                description "The web UI"
                dependsOn rooms
                requireMem = 262144
                config = {
                    port = 8080
                    hosts = ["a", "b"]
                }
            }

            service rooms: process {
            } // trailing comment
            """;

    @TempDir
    Path dir;

    @Test
    void formatsInPlaceKeepingComments() {
        Path file = dir.resolve("app.services");
        Fixtures.write(file, MESSY);
        Run run = Cli.in(dir).run("format", "app.services");
        assertSuccess(run);
        assertEquals("", run.stdout(), run::toString);
        assertEquals(FORMATTED, Fixtures.read(file));
        assertStderrContains(run, "1 reformatted");
    }

    @Test
    void formattingIsIdempotent() {
        Path valid = Fixtures.copy("valid", dir);
        Path file = dir.resolve("app.services");
        Fixtures.write(file, MESSY);
        assertSuccess(Cli.in(dir).run("format", "app.services"));
        String once = Fixtures.read(file);
        Run again = Cli.in(dir).run("format", "app.services", "valid");
        assertSuccess(again);
        assertStderrContains(again, "7 files, 0 reformatted");
        assertEquals(once, Fixtures.read(file));
        for (String name : Fixtures.VALID) {
            assertEquals(Fixtures.text("valid/" + name), Fixtures.read(valid.resolve(name)), name + " was changed");
        }
    }

    @Test
    void checkListsUnformattedFilesAndChangesNothing() {
        Fixtures.copy("valid", dir);
        Fixtures.write(dir.resolve("valid/messy.services"), MESSY.replace("web", "web2").replace("rooms", "rooms2"));
        Run run = Cli.in(dir).run("format", "--check", "valid");
        assertEquals(1, run.exit(), run::toString);
        assertEquals("valid/messy.services\n", run.stdout(), run::toString);
        assertStderrContains(run, "1 would be reformatted");
        assertEquals(MESSY.replace("web", "web2").replace("rooms", "rooms2"), Fixtures.read(dir.resolve("valid/messy.services")));
        Outcomes.assertClean(run);
    }

    @Test
    void checkPassesOnFormattedFiles() {
        Fixtures.copy("valid", dir);
        assertSuccess(Cli.in(dir).run("format", "--check", "valid"));
    }

    @Test
    void stdoutPrintsTheFormattedTextAndChangesNothing() {
        Fixtures.write(dir.resolve("app.services"), MESSY);
        Run run = Cli.in(dir).run("format", "--stdout", "app.services");
        assertSuccess(run);
        assertEquals(FORMATTED, run.stdout());
        assertEquals(MESSY, Fixtures.read(dir.resolve("app.services")));
    }

    @Test
    void refusesFilesWithSyntaxErrorsAndFormatsTheOthers() {
        String broken = "service web: process {\n  dependsOn\n}\n";
        Fixtures.write(dir.resolve("broken.services"), broken);
        Fixtures.write(dir.resolve("fine.services"), MESSY);
        Run run = Cli.in(dir).run("format", "broken.services", "fine.services");
        assertUserError(run);
        assertStderrContains(run, "broken.services:3:1: error: ");
        assertStderrContains(run, "broken.services: not formatted");
        assertEquals(broken, Fixtures.read(dir.resolve("broken.services")));
        assertEquals(FORMATTED, Fixtures.read(dir.resolve("fine.services")));
    }

    @Test
    void replacesTheFileAtomicallyAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("app.services");
        Fixtures.write(file, MESSY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Object inodeBefore = Files.getAttribute(file, "unix:ino");
        assertSuccess(Cli.in(dir).run("format", "app.services"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // A rename of a new file, not a rewrite of the old one: readers never see half a file.
        assertTrue(!inodeBefore.equals(Files.getAttribute(file, "unix:ino")), "the file was rewritten in place");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("app.services"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void checkAndStdoutTogetherAreAUsageError() {
        Fixtures.write(dir.resolve("app.services"), MESSY);
        Run run = Cli.in(dir).run("format", "--check", "--stdout", "app.services");
        assertEquals(2, run.exit(), run::toString);
    }

    @Test
    void formatsEveryLanguage() {
        Fixtures.write(dir.resolve("a.infra"), "target t1 { cores 2 mem = 1 container c { p = 1 } }\n");
        Fixtures.write(dir.resolve("b.idres"), "pool ports   3000 .. 4000   scope machine\n");
        Fixtures.write(dir.resolve("c.ids"), "ids ports { web = 3000 } last ports = 3000\n");
        Run run = Cli.in(dir).run("format", ".");
        assertSuccess(run);
        assertEquals("target t1 {\n    cores 2\n    mem = 1\n    container c {\n        p = 1\n    }\n}\n",
                Fixtures.read(dir.resolve("a.infra")));
        assertEquals("pool ports 3000..4000 scope machine\n", Fixtures.read(dir.resolve("b.idres")));
        assertEquals("ids ports {\n    web = 3000\n}\nlast ports = 3000\n", Fixtures.read(dir.resolve("c.ids")));
    }
}
