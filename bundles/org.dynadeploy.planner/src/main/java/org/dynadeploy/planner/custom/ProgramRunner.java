package org.dynadeploy.planner.custom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external program with a time limit and collects stdout and stderr. Both streams are
 * drained concurrently, so a chatty program cannot block on a full pipe.
 */
final class ProgramRunner {

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;
        final String stderr;

        TimedOut(String stderr) {
            this.stderr = stderr;
        }
    }

    private ProgramRunner() {
    }

    static Outcome run(List<String> command, Duration timeout) throws IOException, InterruptedException, TimedOut {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // The program first, so a shell does not report its killed children; then what it started.
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(5, TimeUnit.SECONDS);
            throw new TimedOut(partial(stderr));
        }
        try {
            return new Outcome(process.exitValue(), stdout.get(), stderr.get());
        } catch (ExecutionException e) {
            throw new IOException("cannot read the program's output: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Whatever error output a stopped program left, or nothing when its pipe broke. */
    private static String partial(CompletableFuture<String> stderr) {
        try {
            return stderr.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
