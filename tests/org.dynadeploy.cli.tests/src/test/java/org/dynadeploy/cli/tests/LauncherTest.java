package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertClean;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The launcher script and the conventions every command shares: help, version, exit codes. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void versionGoesToStdout() {
        Run run = Cli.in(dir).run("--version");
        assertSuccess(run);
        assertTrue(run.stdout().startsWith("dynadeploy "), run::toString);
        assertEquals("", run.stderr(), run::toString);
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        Run run = Cli.in(dir).run("--help");
        assertSuccess(run);
        for (String command : new String[] {"validate", "format", "xml", "import", "Examples:"}) {
            assertTrue(run.stdout().contains(command), () -> command + " missing from\n" + run);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "xml", "import"})
    void everyCommandHasHelpWithExamples(String command) {
        Run run = Cli.in(dir).run(command, "--help");
        assertSuccess(run);
        assertTrue(run.stdout().startsWith("Usage: dynadeploy " + command), run::toString);
        assertTrue(run.stdout().contains("Examples:"), run::toString);
        assertTrue(run.stdout().contains("dynadeploy " + command + " "), run::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Cli.in(dir).run();
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.stdout(), run::toString);
        assertStderrContains(run, "missing command");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "bogus-command", "validate --bogus x.services", "import a.xml --kind"})
    void wrongUsageExitsWithTwo(String arguments) {
        Run run = Cli.in(dir).run(arguments.split(" "));
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.stdout(), run::toString);
        assertTrue(run.stderr().contains("Unknown option") || run.stderr().contains("Unmatched argument")
                || run.stderr().contains("Missing required parameter"), run::toString);
        assertClean(run);
    }

    @Test
    void anOldJavaHomeIsPassedOverForANewerJava() throws IOException {
        Path old = dir.resolve("old-jdk");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path fakeJava = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho old java ran >&2\nexit 99\n");
        fakeJava.toFile().setExecutable(true);
        Path testJavaHome = Path.of(System.getProperty("java.home"));
        Run run = Cli.in(dir).env("JAVA_HOME", old.toString())
                .env("DYNADEPLOY_JVM_DIRS", testJavaHome.getParent().toString()).run("--version");
        assertSuccess(run);
        int major = Integer.parseInt(run.stdout().lines().filter(l -> l.startsWith("Java ")).findFirst()
                .orElseThrow().replaceAll("^Java (\\d+).*", "$1"));
        assertTrue(major >= 21, run::toString);
    }

    @Test
    void withoutJava21TheLauncherSaysWhatToDo() throws IOException {
        Path emptyJvms = Files.createDirectories(dir.resolve("jvms"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // Only the tools the script needs: no java on this PATH.
        for (String tool : new String[] {"bash", "dirname", "readlink", "sed"}) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Run run = Cli.in(dir).env("JAVA_HOME", dir.resolve("missing").toString())
                .env("DYNADEPLOY_JVM_DIRS", emptyJvms.toString()).env("PATH", bin.toString()).run("--version");
        for (String tool : new String[] {"bash", "dirname", "readlink", "sed"}) {
            Files.delete(bin.resolve(tool)); // else @TempDir warns about links leaving it
        }
        assertEquals(1, run.exit(), run::toString);
        assertEquals("", run.stdout(), run::toString);
        assertStderrContains(run, "DynaDeploy needs Java 21 or newer; set JAVA_HOME");
    }

    private static Path which(String tool) {
        for (String folder : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no " + tool + " on this machine");
    }
}
