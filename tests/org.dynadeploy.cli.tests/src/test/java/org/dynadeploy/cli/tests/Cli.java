package org.dynadeploy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the built launcher script ({@code bin/dynadeploy}) as a process, the way users run it.
 * stdout and stderr go to files (no pipe can fill up and block the process).
 */
final class Cli {

    /**
     * The cache folder of every run (compiled policies), shared by the tests of this JVM so that
     * later runs with a policy take the cached path; never the user's own cache.
     */
    private static final Path CACHE = createCache();

    /** Generous: the machine may be busy, and every run starts a JVM and sets up six languages. */
    private static final long TIMEOUT_SECONDS = Long.getLong("dynadeploy.test.timeout", 180);

    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();
    private Path launcher;

    private Cli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** A runner whose processes start in {@code workingDirectory}. */
    static Cli in(Path workingDirectory) {
        return new Cli(workingDirectory);
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    private static Path createCache() {
        try {
            Path cache = Files.createTempDirectory("dynadeploy-test-cache");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(cache)));
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder
        }
    }

    /** Runs another launcher than the built one (a copy of the distribution, say). */
    Cli launcher(Path otherLauncher) {
        this.launcher = otherLauncher;
        return this;
    }

    static Path launcher() {
        String configured = System.getProperty("dynadeploy.launcher");
        Path launcher = configured != null ? Path.of(configured)
                : Path.of("../../bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy");
        launcher = launcher.toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(launcher), "the launcher is not built: " + launcher
                + " (build bundles/org.dynadeploy.cli first)");
        return launcher;
    }

    /** The outcome of one run. */
    record Run(List<String> command, int exit, String stdout, String stderr) {

        @Override
        public String toString() {
            return String.join(" ", command) + "\n-- exit " + exit + "\n-- stdout:\n" + stdout + "\n-- stderr:\n" + stderr;
        }
    }

    Run run(String... args) {
        List<String> command = new ArrayList<>();
        command.add((launcher != null ? launcher : launcher()).toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("dynadeploy-test", ".out");
            Path err = Files.createTempFile("dynadeploy-test", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().put("DYNADEPLOY_CACHE_DIR", CACHE.toString());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command) + "\nstderr so far:\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
