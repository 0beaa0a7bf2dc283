package org.dynadeploy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynadeploy.cli.tests.Cli.Run;

/** Assertions every test makes about a run. */
final class Outcomes {

    private Outcomes() {
    }

    static void assertSuccess(Run run) {
        assertEquals(0, run.exit(), () -> "expected success:\n" + run);
        assertClean(run);
    }

    /** Exit status 1, a message on stderr, nothing on stdout, no stack trace. */
    static void assertUserError(Run run) {
        assertEquals(1, run.exit(), () -> "expected a user error (exit status 1):\n" + run);
        assertEquals("", run.stdout(), () -> "nothing may be printed on stdout on an error:\n" + run);
        assertFalse(run.stderr().isBlank(), () -> "an error needs a message:\n" + run);
        assertClean(run);
    }

    /** No stack trace and no crash report, whatever the outcome. */
    static void assertClean(Run run) {
        assertFalse(run.stderr().contains("Exception"), () -> "stderr mentions an exception:\n" + run);
        assertFalse(run.stderr().contains("\tat "), () -> "stderr holds a stack trace:\n" + run);
        assertFalse(run.stdout().contains("Exception"), () -> "stdout mentions an exception:\n" + run);
        assertFalse(run.stderr().contains("internal error"), () -> "an internal error:\n" + run);
    }

    static void assertStderrContains(Run run, String expected) {
        assertTrue(run.stderr().contains(expected), () -> "stderr lacks '" + expected + "':\n" + run);
    }
}
