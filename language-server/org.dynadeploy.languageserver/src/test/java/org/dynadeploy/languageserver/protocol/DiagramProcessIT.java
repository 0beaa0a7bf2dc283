package org.dynadeploy.languageserver.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The diagrams hosted by the shipped server, as VS Code uses them: {@code dynadeploy.diagram.start}
 * answers the GLSP websocket of the model folder; a GLSP client (a plain Java websocket) opens the
 * architecture diagram of the editor's text; a label edit in the diagram comes back to the editor
 * as a versioned {@code workspace/applyEdit}, which the editor applies and reports with
 * {@code didChange}; typing in the editor ({@code didChange}) refreshes the open diagram; undo in
 * the diagram sends the inverse edit, and is refused with a message once the text was changed
 * by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramProcessIT {

    private static final long TIMEOUT = 60_000;
    private static final String SERVICES = "stafftracker.services";

    private Path workspace;
    private ServerProcess process;
    private final EditorClient editor = new EditorClient();
    private JsonObject started;
    private GlspClient glsp;
    private WebSocket socket;
    private int nextId = 10;

    /** An editor: keeps the open documents' texts and versions, applies workspace edits and reports them. */
    static final class EditorClient extends RecordingClient {
        final Map<String, String> texts = new ConcurrentHashMap<>();
        final Map<String, Integer> versions = new ConcurrentHashMap<>();
        final BlockingQueue<ApplyWorkspaceEditParams> edits = new LinkedBlockingQueue<>();
        volatile LanguageServer server;

        void open(String uri, String text) {
            texts.put(uri, text);
            versions.put(uri, 1);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dynadeploy", 1, text)));
        }

        /** Replaces a document's text (as typing would) and tells the server. */
        synchronized void change(String uri, String text) {
            int version = versions.merge(uri, 1, Integer::sum);
            texts.put(uri, text);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
        }

        @Override
        public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            try {
                return CompletableFuture.completedFuture(apply(params));
            } finally {
                edits.add(params); // after applying: a test that sees the edit sees its result
            }
        }

        private ApplyWorkspaceEditResponse apply(ApplyWorkspaceEditParams params) {
            // As VS Code does: a versioned edit of a document at another version is refused as a whole.
            for (var change : params.getEdit().getDocumentChanges()) {
                TextDocumentEdit edit = change.getLeft();
                String uri = edit.getTextDocument().getUri();
                Integer expected = edit.getTextDocument().getVersion();
                if (expected != null && !expected.equals(versions.get(uri))) {
                    ApplyWorkspaceEditResponse refused = new ApplyWorkspaceEditResponse(false);
                    refused.setFailureReason("version " + expected + " of " + uri + " is not the editor's " + versions.get(uri));
                    return refused;
                }
            }
            for (var change : params.getEdit().getDocumentChanges()) {
                TextDocumentEdit edit = change.getLeft();
                String uri = edit.getTextDocument().getUri();
                List<TextEdit> textEdits = edit.getEdits().stream().map(e -> e.getLeft()).toList();
                change(uri, apply(texts.get(uri), textEdits));
            }
            return new ApplyWorkspaceEditResponse(true);
        }

        ApplyWorkspaceEditParams awaitEdit() throws InterruptedException {
            ApplyWorkspaceEditParams params = edits.poll(TIMEOUT, TimeUnit.MILLISECONDS);
            if (params == null) {
                fail("no workspace/applyEdit within " + TIMEOUT + " ms");
            }
            return params;
        }

        static String apply(String text, List<TextEdit> edits) {
            Document document = new Document(1, text);
            List<TextEdit> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
            StringBuilder result = new StringBuilder(text);
            for (TextEdit edit : sorted) {
                result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                        edit.getNewText());
            }
            return result.toString();
        }
    }

    /** A GLSP client over the websocket: JSON-RPC messages in, collected. */
    static final class GlspClient implements WebSocket.Listener {
        final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonObject await(String what, Predicate<JsonObject> wanted) throws InterruptedException {
            long deadline = System.currentTimeMillis() + TIMEOUT;
            while (System.currentTimeMillis() < deadline) {
                JsonObject message = messages.poll(100, TimeUnit.MILLISECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
            fail("no " + what + " from the diagram server within " + TIMEOUT + " ms");
            return null;
        }

        static Predicate<JsonObject> response(int id) {
            return m -> m.has("id") && m.get("id").getAsInt() == id;
        }

        static Predicate<JsonObject> action(String kind) {
            return m -> m.has("method") && "process".equals(m.get("method").getAsString())
                    && kind.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString());
        }

        /** A new model (setModel or updateModel) whose JSON satisfies a condition. */
        static Predicate<JsonObject> model(Predicate<String> condition) {
            return m -> (action("updateModel").test(m) || action("setModel").test(m)) && condition.test(m.toString());
        }
    }

    @BeforeAll
    void start() throws Exception {
        workspace = Files.createTempDirectory("dynadeploy-diagram-it");
        Path examples = Path.of(System.getProperty("dynadeploy.examplesDir", "../../examples"), "stafftracker");
        try (var files = Files.list(examples)) {
            for (Path file : files.toList()) {
                Files.copy(file, workspace.resolve(file.getFileName()));
            }
        }
        process = ServerProcess.start(Path.of("target/it-logs/diagram-server.log"), editor);
        editor.server = process.server();
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "stafftracker")));
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        workspaceCapabilities.setWorkspaceFolders(true);
        workspaceCapabilities.setApplyEdit(true);
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        edits.setResourceOperations(List.of(ResourceOperationKind.Create, ResourceOperationKind.Delete));
        workspaceCapabilities.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspaceCapabilities);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        params.setCapabilities(capabilities);
        var initialized = process.server().initialize(params).get(TIMEOUT, TimeUnit.MILLISECONDS);
        assertTrue(initialized.getCapabilities().getExecuteCommandProvider().getCommands().contains("dynadeploy.diagram.start"));
        process.server().initialized(new InitializedParams());
        editor.awaitProgressEnd(TIMEOUT);
        editor.open(uri(SERVICES), Files.readString(workspace.resolve(SERVICES)));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
            }
            process.server().shutdown().get(10, TimeUnit.SECONDS);
            process.server().exit();
            assertEquals(0, process.waitForExit(10_000), "exit after shutdown ends the process with 0");
        } finally {
            process.close();
            org.eclipse.xtext.util.Files.cleanFolder(workspace.toFile(), null, true, true);
        }
        assertNull(ServerProcess.StdoutGuard.violation());
    }

    private String uri(String file) {
        return workspace.resolve(file).toUri().toString();
    }

    private JsonObject startDiagrams(String uri) throws Exception {
        Object result = process.server().getWorkspaceService()
                .executeCommand(new ExecuteCommandParams("dynadeploy.diagram.start", List.of(uri))).get(TIMEOUT, TimeUnit.MILLISECONDS);
        return new Gson().toJsonTree(result).getAsJsonObject();
    }

    private void send(String json) throws Exception {
        socket.sendText(json.replace("\n", ""), true).get(10, TimeUnit.SECONDS);
    }

    private void process(String action) throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"vscode-diagram\",\"action\":" + action + "}}");
    }

    @Test
    @Order(1)
    void startAnswersTheWebSocketOfTheModelFolder() throws Exception {
        long start = System.nanoTime();
        started = startDiagrams(uri(SERVICES));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("dynadeploy.diagram.start answered in " + millis + " ms: " + started);
        assertTrue(started.get("ok").getAsBoolean(), started.toString());
        int port = started.get("port").getAsInt();
        assertTrue(port > 0);
        assertEquals("ws://127.0.0.1:" + port + "/glsp", started.get("websocket").getAsString());
        assertEquals(workspace.toUri().toString().replaceAll("/$", ""), started.get("folder").getAsString().replaceAll("/$", ""));
        assertTrue(started.get("diagramTypes").toString().contains("dynadeploy-deployment"), started.toString());
        // Asked again (another file of the folder, or the folder): the same server.
        assertEquals(port, startDiagrams(uri("network.infra")).get("port").getAsInt());
        assertEquals(port, startDiagrams(workspace.toUri().toString()).get("port").getAsInt());
        // Not a model folder: a clear failure, no error.
        JsonObject nothing = startDiagrams(Files.createTempDirectory("empty").toUri().toString());
        assertFalse(nothing.get("ok").getAsBoolean());
        assertTrue(nothing.get("message").getAsString().contains("no model files"), nothing.toString());
    }

    @Test
    @Order(2)
    void theDiagramShowsTheEditorsText() throws Exception {
        // An unsaved change in the editor is what the diagram shows, not the file.
        String text = editor.texts.get(uri(SERVICES)) + "\nservice reporting: process {\n    dependsOn staffservice\n}\n";
        editor.change(uri(SERVICES), text);
        glsp = new GlspClient();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(started.get("websocket").getAsString()), glsp).get(30, TimeUnit.SECONDS);
        send("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"it","protocolVersion":"1.0.0"}}""");
        glsp.await("initialize answer", GlspClient.response(1));
        send("""
                {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"vscode-diagram",
                 "diagramType":"dynadeploy-architecture","clientActionKinds":["setModel","updateModel","status","message",
                 "setDirtyState","setTypeHints","setEditValidationResult","startProgress","updateProgress","endProgress"]}}""");
        glsp.await("initializeClientSession answer", GlspClient.response(2));
        process("""
                {"kind":"requestModel","requestId":"r1","options":{"diagramType":"dynadeploy-architecture","sourceUri":"%s"}}"""
                .formatted(uri(SERVICES)));
        JsonObject model = glsp.await("the model", GlspClient.action("setModel"));
        String json = model.toString();
        assertTrue(json.contains("\"id\":\"service:rooms\""), json);
        assertTrue(json.contains("\"id\":\"service:reporting\""), "the unsaved service is in the diagram");
        assertFalse(Files.readString(workspace.resolve(SERVICES)).contains("reporting"), "and not on disk");
    }

    @Test
    @Order(3)
    void aLabelEditComesBackAsAVersionedWorkspaceEdit() throws Exception {
        int versionBefore = editor.versions.get(uri(SERVICES));
        String onDisk = Files.readString(workspace.resolve(SERVICES));
        long start = System.nanoTime();
        process("""
                {"kind":"applyLabelEdit","isOperation":true,"labelId":"service:rooms#name","text":"roomsdb"}""");
        ApplyWorkspaceEditParams edit = editor.awaitEdit();
        var changes = edit.getEdit().getDocumentChanges();
        assertEquals(1, changes.size(), edit.toString());
        TextDocumentEdit documentEdit = changes.get(0).getLeft();
        assertEquals(uri(SERVICES), documentEdit.getTextDocument().getUri());
        assertEquals(versionBefore, documentEdit.getTextDocument().getVersion(), "versioned: the editor refuses it if it changed");
        List<TextEdit> textEdits = documentEdit.getEdits().stream().map(e -> e.getLeft()).toList();
        assertTrue(textEdits.size() >= 2, "the declaration and the dependsOn: " + textEdits);
        for (TextEdit textEdit : textEdits) {
            assertEquals("roomsdb", textEdit.getNewText(), "only the names change: " + textEdits);
        }
        String text = editor.texts.get(uri(SERVICES));
        assertTrue(text.contains("service roomsdb: mysql-database {"), text);
        assertTrue(text.contains("dependsOn roomsdb"), text);
        assertTrue(text.contains("// StaffTracker: the example system of Disnix."), "comments survive");
        JsonObject update = glsp.await("the renamed service", GlspClient.model(json -> json.contains("\"id\":\"service:roomsdb\"")));
        System.out.println("label edit to updated diagram: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertFalse(update.toString().contains("\"id\":\"service:rooms\""));
        assertEquals(onDisk, Files.readString(workspace.resolve(SERVICES)), "the edit went to the editor, not to the file");
    }

    @Test
    @Order(4)
    void undoInTheDiagramSendsTheInverseEdit() throws Exception {
        process("""
                {"kind":"glspUndo"}""");
        ApplyWorkspaceEditParams edit = editor.awaitEdit();
        List<TextEdit> textEdits = edit.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> e.getLeft()).toList();
        for (TextEdit textEdit : textEdits) {
            assertEquals("rooms", textEdit.getNewText(), textEdits.toString());
        }
        String text = editor.texts.get(uri(SERVICES));
        assertTrue(text.contains("service rooms: mysql-database {") && text.contains("dependsOn rooms\n"), text);
        glsp.await("the service renamed back", GlspClient.model(json -> json.contains("\"id\":\"service:rooms\"")));
    }

    @Test
    @Order(5)
    void typingInTheEditorRefreshesTheDiagram() throws Exception {
        long start = System.nanoTime();
        String text = editor.texts.get(uri(SERVICES)).replace("service reporting: process {",
                "service audit: process {\n    dependsOn staff\n}\n\nservice reporting: process {");
        editor.change(uri(SERVICES), text);
        JsonObject update = glsp.await("the typed service", GlspClient.model(json -> json.contains("\"id\":\"service:audit\"")));
        System.out.println("didChange to updated diagram: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertTrue(update.toString().contains("\"id\":\"dependsOn:audit->staff\""), update.toString());
    }

    @Test
    @Order(6)
    void redoAfterATextChangeIsRefusedWithAMessage() throws Exception {
        // The text changed by hand since the undo: redoing the rename would overwrite it, so the
        // diagram refuses and says why (the text editor's own undo still works).
        int pending = editor.edits.size();
        process("""
                {"kind":"glspRedo"}""");
        JsonObject message = glsp.await("a message", m -> (GlspClient.action("message").test(m) || GlspClient.action("status").test(m))
                && m.toString().contains("changed outside the diagram"));
        assertTrue(message.toString().contains("Undo it in the text editor"), message.toString());
        assertEquals(pending, editor.edits.size(), "nothing was sent to the editor");
    }

    @Test
    @Order(7)
    void anEditTheEditorRefusesIsReported() throws Exception {
        // The editor has moved on (a change the server has not seen yet would look the same): it
        // refuses the versioned edit, the diagram says so and nothing changes.
        String before = editor.texts.get(uri(SERVICES));
        editor.versions.merge(uri(SERVICES), 100, Integer::sum);
        process("""
                {"kind":"applyLabelEdit","isOperation":true,"labelId":"service:staff#name","text":"people"}""");
        editor.awaitEdit();
        glsp.await("the refusal", m -> (GlspClient.action("message").test(m) || GlspClient.action("status").test(m))
                && m.toString().contains("was not applied"));
        assertEquals(before, editor.texts.get(uri(SERVICES)));
    }
}
