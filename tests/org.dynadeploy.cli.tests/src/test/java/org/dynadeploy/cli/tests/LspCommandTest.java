package org.dynadeploy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynadeploy lsp} as an editor starts it: LSP over stdio. The initialize request is
 * answered, shutdown and exit end the process with status 0, and stdout carries nothing but
 * framed JSON-RPC messages.
 */
class LspCommandTest {

    @TempDir
    Path workspace;

    @Test
    void servesLspOverStdioAndKeepsStdoutForTheProtocol() throws Exception {
        Files.writeString(workspace.resolve("app.services"), "service web : process { }\n");
        Path err = Files.createTempFile(workspace, "lsp", ".err");
        Process process = new ProcessBuilder(Cli.launcher().toString(), "lsp", "--stdio", "--clientProcessId=1")
                .directory(workspace.toFile()).redirectError(err.toFile()).start();
        List<String> messages = new ArrayList<>();
        InputStream out = process.getInputStream();
        try (OutputStream in = process.getOutputStream()) {
            // As editors do: nothing else is sent before initialize is answered.
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}");
            readUntil(out, messages, "\"id\":1,");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}");
            readUntil(out, messages, "\"id\":2,");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
        }
        messages.addAll(frames(out));
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the server did not exit after 'exit'");
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), log);
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"id\":1,") && m.contains("\"capabilities\"")),
                "no initialize answer in " + messages);
    }

    /** Reads framed messages into {@code messages} until one contains {@code marker}. */
    private static void readUntil(InputStream out, List<String> messages, String marker) throws IOException {
        while (true) {
            String message = next(out);
            assertTrue(message != null, "the server closed stdout before answering; got " + messages);
            messages.add(message);
            if (message.contains(marker)) {
                return;
            }
        }
    }

    private static void send(OutputStream in, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** The remaining messages, failing on anything that is not a framed message. */
    private static List<String> frames(InputStream out) throws IOException {
        List<String> messages = new ArrayList<>();
        for (String message = next(out); message != null; message = next(out)) {
            messages.add(message);
        }
        return messages;
    }

    /** The next framed message, or null at the end of the stream. */
    private static String next(InputStream in) throws IOException {
        String header = headerOf(in);
        if (header == null) {
            return null;
        }
        assertTrue(header.startsWith("Content-Length: "), "stdout holds something else than LSP: " + header);
        int length = Integer.parseInt(header.substring("Content-Length: ".length()).lines().findFirst().orElseThrow().trim());
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length, "a message was cut off");
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String headerOf(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            header.write(b);
            String text = header.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        assertEquals(0, header.size(), "stdout ends with stray bytes: " + header.toString(StandardCharsets.UTF_8));
        return null;
    }
}
