package org.dynadeploy.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.layout.NotationStore;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The standalone server for real: Jetty on a free port, a plain Java websocket client speaking
 * GLSP's JSON-RPC (initialize, initializeClientSession, requestModel, an operation), the page.
 */
class WebSocketSmokeTest {

    @TempDir
    Path folder;

    FolderDiagramSource source;
    DiagramContext context;
    DiagramWebServer server;
    URI page;

    @BeforeEach
    void start() throws Exception {
        TestModels.homework(folder);
        source = new FolderDiagramSource(folder);
        context = new DiagramContext(source, new NotationStore(folder));
        server = new DiagramWebServer(context, null);
        page = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        context.close();
        source.close();
    }

    /** A websocket client collecting the JSON messages it receives. */
    static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30000;
            while (System.currentTimeMillis() < deadline) {
                JsonObject message = messages.poll(100, TimeUnit.MILLISECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
            fail("no such message within 30 s");
            return null;
        }

        static Predicate<JsonObject> response(int id) {
            return m -> m.has("id") && m.get("id").getAsInt() == id;
        }

        static Predicate<JsonObject> action(String kind) {
            return m -> "process".equals(m.has("method") ? m.get("method").getAsString() : null)
                    && kind.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString());
        }
    }

    private WebSocket connect(Client client, String origin) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(server.websocket(), client).get(30, TimeUnit.SECONDS);
    }

    @Test
    void initializeAndRequestModelOverTheWebSocket() throws Exception {
        assertEquals(URI.create("ws://127.0.0.1:" + server.port() + "/glsp"), server.websocket());
        Client client = new Client();
        WebSocket socket = connect(client, "http://127.0.0.1:" + server.port());
        socket.sendText("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"smoke","protocolVersion":"1.0.0"}}""",
                true).get();
        JsonObject initialized = client.await(Client.response(1));
        assertEquals("1.0.0", initialized.getAsJsonObject("result").get("protocolVersion").getAsString());
        assertTrue(initialized.getAsJsonObject("result").getAsJsonObject("serverActions")
                .has("dynadeploy-architecture"), initialized.toString());

        socket.sendText("""
                {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"diagram",
                 "diagramType":"dynadeploy-architecture","clientActionKinds":["setModel","updateModel","status","message",
                 "setDirtyState","setTypeHints","setContextActions"]}}""".replace("\n", ""), true).get();
        client.await(Client.response(2));

        socket.sendText("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"diagram","action":{"kind":"requestModel",
                 "requestId":"r1","options":{"diagramType":"dynadeploy-architecture","sourceUri":"x"}}}}""".replace("\n", ""),
                true).get();
        JsonObject set = client.await(Client.action("setModel"));
        JsonObject root = set.getAsJsonObject("params").getAsJsonObject("action").getAsJsonObject("newRoot");
        assertEquals("graph", root.get("type").getAsString());
        String json = root.toString();
        assertTrue(json.contains("\"id\":\"service:grader\""), json);
        assertTrue(json.contains("\"type\":\"node:group\""), json);
        assertTrue(json.contains("\"id\":\"dependsOn:portal->usersdb\""), json);

        socket.sendText("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"diagram","action":{"kind":"requestTypeHints",
                 "requestId":"r2"}}}""".replace("\n", ""), true).get();
        socket.sendText("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"diagram","action":{"kind":"createNode",
                 "elementTypeId":"node:service","containerId":"group:homework/grading#comp","args":{"name":"reviewer"}}}}"""
                .replace("\n", ""), true).get();
        JsonObject update = client.await(Client.action("updateModel"));
        assertTrue(update.toString().contains("\"id\":\"service:reviewer\""));
        assertTrue(TestModels.read(folder.resolve("homework.services")).contains("        service reviewer {\n        }\n"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
    }

    @Test
    void aPageOfAnotherSiteCannotConnect() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> connect(new Client(), "http://evil.example"));
        assertNotNull(refused.getCause());
    }

    @Test
    void thePageIsServedAndFilesOutsideAreNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("/glsp") || index.body().contains("<script"), index.body());
        HttpResponse<String> outside = http.send(HttpRequest.newBuilder(page.resolve("/../../etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(outside.statusCode() == 400 || outside.statusCode() == 404, "status " + outside.statusCode());
        HttpResponse<String> encoded = http.send(HttpRequest.newBuilder(URI.create(page + "%2e%2e/%2e%2e/etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(encoded.statusCode() == 400 || encoded.statusCode() == 404, "status " + encoded.statusCode());
    }

    @Test
    void aWebRootFolderIsServed() throws Exception {
        Path web = folder.resolve("web");
        java.nio.file.Files.createDirectories(web);
        TestModels.write(web.resolve("index.html"), "<!DOCTYPE html><title>client</title><script src=\"bundle.js\"></script>");
        TestModels.write(web.resolve("bundle.js"), "console.log('hi');");
        try (DiagramWebServer other = new DiagramWebServer(context, web)) {
            URI uri = other.start("127.0.0.1", 0);
            assertTrue(other.hasClient());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> js = http.send(HttpRequest.newBuilder(uri.resolve("/bundle.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, js.statusCode());
            assertTrue(js.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
            assertEquals(404, http.send(HttpRequest.newBuilder(uri.resolve("/missing.js")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
