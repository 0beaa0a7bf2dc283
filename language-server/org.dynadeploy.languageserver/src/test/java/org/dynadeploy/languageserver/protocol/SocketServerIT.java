package org.dynadeploy.languageserver.protocol;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** TCP mode: the server listens on loopback, serves a client, and keeps serving after it leaves. */
class SocketServerIT {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void servesOneClientAfterAnother() throws Exception {
        Path log = Path.of("target/it-logs/socket-server.log");
        Path workspace = Files.createTempDirectory("dynadeploy-lsp-tcp");
        Files.writeString(workspace.resolve("a.services"), "service a {\n}\n");
        try (ServerProcess process = ServerProcess.start(log, "--port", "0")) {
            int port = awaitPort(log);
            for (int client = 0; client < 2; client++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(),
                            socket.getInputStream(), socket.getOutputStream());
                    java.util.concurrent.Future<Void> listening = launcher.startListening();
                    InitializeParams params = new InitializeParams();
                    params.setCapabilities(new ClientCapabilities());
                    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "w")));
                    InitializeResult result = launcher.getRemoteProxy().initialize(params).get(60, TimeUnit.SECONDS);
                    assertNotNull(result.getCapabilities().getHoverProvider());
                    launcher.getRemoteProxy().shutdown().get(10, TimeUnit.SECONDS);
                    launcher.getRemoteProxy().exit();
                    // 'exit' makes the server close the connection, which ends the client's listening.
                    listening.get(10, TimeUnit.SECONDS);
                }
            }
            assertTrue(process.isAlive(), "'exit' over TCP ends the connection, not the server");
        } finally {
            org.eclipse.xtext.util.Files.cleanFolder(workspace.toFile(), null, true, true);
        }
    }

    private static int awaitPort(Path log) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not say which port it listens on: " + Files.readString(log));
    }
}
