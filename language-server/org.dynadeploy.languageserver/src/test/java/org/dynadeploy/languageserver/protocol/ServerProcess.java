package org.dynadeploy.languageserver.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server: {@code java -jar dynadeploy-language-server.jar} as a child process, with an
 * LSP4J client on its stdio. Tests can also write raw bytes into its stdin (between the client's
 * messages) and see every message that comes back, matched or not.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final SharedOutput stdin;
    private final RecordingClient client;
    private final LanguageServer server;
    private final List<Message> received = new ArrayList<>();
    private final long startNanos;

    private ServerProcess(Process process, long startNanos, RecordingClient client) {
        this.process = process;
        this.startNanos = startNanos;
        this.client = client;
        this.stdin = new SharedOutput(process.getOutputStream());
        Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>()
                .setLocalService(client)
                .setRemoteInterface(LanguageServer.class)
                .setInput(new StdoutGuard(process.getInputStream()))
                .setOutput(stdin)
                .wrapMessages(consumer -> message -> {
                    synchronized (received) {
                        received.add(message);
                    }
                    consumer.consume(message);
                })
                .create();
        this.server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /** Starts the fat jar of this build ({@code dynadeploy.languageServerJar}) with extra arguments. */
    public static ServerProcess start(Path log, String... arguments) throws IOException {
        return start(log, new RecordingClient(), arguments);
    }

    /** Starts the fat jar with a client of the test's own (one that applies workspace edits, say). */
    public static ServerProcess start(Path log, RecordingClient client, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new ServerProcess(process, start, client);
    }

    public static Path jar() {
        String jar = System.getProperty("dynadeploy.languageServerJar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no language server jar at " + jar + " (run 'mvn package' first)");
        }
        return Path.of(jar);
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public LanguageServer server() {
        return server;
    }

    public RecordingClient client() {
        return client;
    }

    /** Milliseconds since the process was started. */
    public long millisSinceStart() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** CPU time the server process has used so far, all threads (JIT and GC included), from /proc. */
    public double cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
            return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Writes bytes to the server's stdin as they are, between whole client messages. */
    public void writeRaw(String text) throws IOException {
        stdin.writeRaw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one JSON body with a correct header (the body itself may be anything). */
    public void writeFramed(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        stdin.writeRaw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    }

    /** Waits for a response with the given id (responses to raw requests are not matched by the client). */
    public ResponseMessage awaitResponse(String id, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            synchronized (received) {
                for (Message message : received) {
                    if (message instanceof ResponseMessage response && id.equals(response.getId())) {
                        return response;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no response " + id + " within " + millis + " ms");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public int waitForExit(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the server did not exit within " + millis + " ms");
        }
        return process.exitValue();
    }

    /** One stdin for the client and raw writes: whole writes never interleave. */
    static final class SharedOutput extends OutputStream {

        private final OutputStream out;

        SharedOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        synchronized void writeRaw(byte[]... parts) throws IOException {
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
        }
    }

    /**
     * Checks that stdout carries nothing but LSP messages: every message must start with a
     * "Content-Length" header. Anything else (a stray log line) fails the tests.
     */
    static final class StdoutGuard extends InputStream {

        private final InputStream in;
        private static volatile String violation;
        private final StringBuilder line = new StringBuilder();
        private long pendingLength;
        private long bodyLeft;

        StdoutGuard(InputStream in) {
            this.in = in;
        }

        static String violation() {
            return violation;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                inspect((byte) c);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            for (int i = 0; i < n; i++) {
                inspect(b[off + i]);
            }
            return n;
        }

        private void inspect(byte b) {
            if (bodyLeft > 0) {
                bodyLeft--;
                return;
            }
            if (b == '\n') {
                String header = line.toString().strip();
                line.setLength(0);
                if (header.isEmpty()) {
                    bodyLeft = pendingLength;
                    pendingLength = 0;
                } else if (header.toLowerCase().startsWith("content-length:")) {
                    pendingLength = Long.parseLong(header.substring(15).strip());
                } else if (!header.toLowerCase().startsWith("content-type:")) {
                    violation = "not LSP on stdout: " + header;
                }
            } else {
                line.append((char) b);
            }
        }
    }
}
