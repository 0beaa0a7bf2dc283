package org.dynadeploy.languageserver.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The shipped server as a process, driven over stdio by an LSP4J client on a copy of the
 * StaffTracker example: every feature once, then garbage on the wire. One process for the class,
 * as an editor would have.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageServerProcessIT {

    private static final long TIMEOUT = 60_000;

    private Path workspace;
    private ServerProcess process;
    private InitializeResult initialized;
    private long initializeMillis;
    private final Map<String, String> texts = new java.util.HashMap<>();

    @BeforeAll
    void start() throws Exception {
        workspace = Files.createTempDirectory("dynadeploy-lsp-it");
        Path examples = Path.of(System.getProperty("dynadeploy.examplesDir", "../../examples"), "stafftracker");
        try (var files = Files.list(examples)) {
            for (Path file : files.toList()) {
                Files.copy(file, workspace.resolve(file.getFileName()));
            }
        }
        process = ServerProcess.start(Path.of("target/it-logs/stdio-server.log"));
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "stafftracker")));
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        workspaceCapabilities.setWorkspaceFolders(true);
        workspaceCapabilities.setApplyEdit(true);
        capabilities.setWorkspace(workspaceCapabilities);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        params.setCapabilities(capabilities);
        initialized = process.server().initialize(params).get(TIMEOUT, TimeUnit.MILLISECONDS);
        initializeMillis = process.millisSinceStart();
        process.server().initialized(new InitializedParams());
        process.client().awaitProgressEnd(TIMEOUT);
    }

    @AfterAll
    void stop() throws Exception {
        try {
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

    private String open(String file) throws Exception {
        String text = Files.readString(workspace.resolve(file));
        return open(file, text);
    }

    private String open(String file, String text) {
        texts.put(file, text);
        process.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "dynadeploy", 1, text)));
        return text;
    }

    private Position at(String file, String needle, int shift) {
        String text = texts.get(file);
        int offset = text.indexOf(needle) + shift;
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - before.lastIndexOf('\n') - 1);
    }

    private void close(String file) {
        process.server().getTextDocumentService().didClose(
                new org.eclipse.lsp4j.DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(file))));
    }

    private JsonObject plan() throws Exception {
        Object result = process.server().getWorkspaceService().executeCommand(new ExecuteCommandParams("dynadeploy.plan",
                List.of(uri("policy.qos"), "stafftracker"))).get(TIMEOUT, TimeUnit.MILLISECONDS);
        return new Gson().toJsonTree(result).getAsJsonObject();
    }

    @Test
    @Order(1)
    void initializeIsAnsweredBeforeTheWorkspaceIsIndexed() {
        System.out.println("initialize answered " + initializeMillis + " ms after the process started");
        assertTrue(initializeMillis < 30_000, initializeMillis + " ms");
        var capabilities = initialized.getCapabilities();
        assertTrue(capabilities.getExecuteCommandProvider().getCommands()
                .containsAll(List.of("dynadeploy.plan", "dynadeploy.assignIds", "dynadeploy.generateDocs")));
        assertNotNull(capabilities.getCodeLensProvider());
        assertTrue(capabilities.getSemanticTokensProvider().getLegend().getTokenTypes().contains("keyword"));
        assertTrue(capabilities.getDocumentFormattingProvider().getLeft());
    }

    @Test
    @Order(2)
    void openDocumentWithAnErrorGetsDiagnostics() throws Exception {
        open("broken.services", "service broken : process {\n    dependsOn staf\n}\n");
        List<Diagnostic> diagnostics = process.client().awaitDiagnostics(uri("broken.services"), d -> !d.isEmpty(), TIMEOUT);
        assertTrue(diagnostics.get(0).getMessage().getLeft().contains("did you mean 'staff'"), diagnostics.toString());
    }

    @Test
    @Order(3)
    void quickFixForTheError() throws Exception {
        List<Diagnostic> diagnostics = process.client().awaitDiagnostics(uri("broken.services"), d -> !d.isEmpty(), TIMEOUT);
        List<CodeAction> actions = process.server().getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri("broken.services")), diagnostics.get(0).getRange(),
                new CodeActionContext(diagnostics))).get().stream().map(e -> e.getRight()).toList();
        assertTrue(actions.stream().anyMatch(a -> a.getTitle().equals("Change to 'staff'")), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a.getTitle().startsWith("Create service 'staf'")), actions.toString());
    }

    @Test
    @Order(4)
    void completionOfStrategies() throws Exception {
        open("policy.qos");
        List<CompletionItem> items = process.server().getTextDocumentService().completion(new CompletionParams(
                new TextDocumentIdentifier(uri("policy.qos")), at("policy.qos", "strategy: ", "strategy: ".length())))
                .get().getRight().getItems();
        assertTrue(items.stream().map(CompletionItem::getLabel).toList().containsAll(List.of("greedy", "highest-bidder")),
                items.toString());
    }

    @Test
    @Order(5)
    void hoverOnAService() throws Exception {
        open("stafftracker.services");
        Hover hover = process.server().getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(uri("stafftracker.services")), at("stafftracker.services", "service staff:", 9))).get();
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**service** `staff` : `mysql-database`"), text);
        assertTrue(text.contains("*group:* `databases`"), text);
    }

    @Test
    @Order(6)
    void definitionAndReferences() throws Exception {
        Position staffUse = at("stafftracker.services", "dependsOn staff", "dependsOn ".length() + 1);
        List<? extends Location> definitions = process.server().getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(uri("stafftracker.services")), staffUse)).get().getLeft();
        assertEquals(1, definitions.size());
        assertEquals(at("stafftracker.services", "service staff:", 8).getLine(), definitions.get(0).getRange().getStart().getLine());

        List<? extends Location> references = process.server().getTextDocumentService().references(new ReferenceParams(
                new TextDocumentIdentifier(uri("stafftracker.services")), staffUse, new ReferenceContext(false))).get();
        assertEquals(1, references.size(), references.toString());
    }

    @Test
    @Order(7)
    void renameAcrossFiles() throws Exception {
        WorkspaceEdit edit = process.server().getTextDocumentService().rename(new RenameParams(
                new TextDocumentIdentifier(uri("stafftracker.services")), at("stafftracker.services", "service staff:", 9),
                "personnel")).get();
        Map<String, List<TextEdit>> changes = edit.getChanges();
        int edits = changes == null ? edit.getDocumentChanges().stream().mapToInt(c -> c.getLeft().getEdits().size()).sum()
                : changes.values().stream().mapToInt(List::size).sum();
        assertEquals(2, edits, "the declaration and the dependsOn of staffservice: " + edit);
    }

    @Test
    @Order(8)
    void formatting() throws Exception {
        open("messy.services", "service   messy{requireMem=1}\n");
        List<? extends TextEdit> edits = process.server().getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri("messy.services")), new FormattingOptions(4, true))).get();
        assertFalse(edits.isEmpty());
    }

    @Test
    @Order(9)
    void codeLensesOnThePolicy() throws Exception {
        List<? extends CodeLens> lenses = process.server().getTextDocumentService().codeLens(
                new CodeLensParams(new TextDocumentIdentifier(uri("policy.qos")))).get();
        assertEquals(List.of("dynadeploy.plan", "dynadeploy.assignIds", "dynadeploy.generateDocs"),
                lenses.stream().map(l -> l.getCommand().getCommand()).toList());
    }

    @Test
    @Order(10)
    void planCommandWritesTheDistribution() throws Exception {
        // The open, unsaved documents of earlier tests are part of the workspace: the broken one
        // stops planning before it starts, the typeless 'messy' service makes the policy fail on it.
        close("broken.services");
        JsonObject failed = plan();
        assertFalse(failed.get("ok").getAsBoolean(), failed.toString());
        List<Diagnostic> onMessy = process.client().awaitDiagnostics(uri("messy.services"),
                d -> d.stream().anyMatch(x -> "org.dynadeploy.planningFailed".equals(x.getCode().getLeft())), TIMEOUT);
        assertEquals(0, onMessy.stream().filter(x -> "org.dynadeploy.planningFailed".equals(x.getCode().getLeft()))
                .findFirst().orElseThrow().getRange().getStart().getLine());

        close("messy.services");
        JsonObject json = plan();
        assertTrue(json.get("ok").getAsBoolean(), json.toString());
        String dist = Files.readString(workspace.resolve("stafftracker.dist"));
        assertTrue(dist.contains("stafftracker => "), dist);
        assertTrue(process.client().messages().stream().anyMatch(m -> m.getMessage().contains("Planned 'stafftracker'")));
    }

    @Test
    @Order(12)
    void fastEditsWithRequestsInBetweenEndInTheRightDiagnostics() throws Exception {
        String file = "typing.services";
        String text = "";
        open(file, text);
        // Type a service character by character, asking for completions on the way, as an editor does.
        String target = "service typing : process {\n    dependsOn staff, nosuch\n}\n";
        List<java.util.concurrent.CompletableFuture<?>> pending = new java.util.ArrayList<>();
        for (int i = 0; i < target.length(); i++) {
            Position end = at(text, text.length());
            text = text + target.charAt(i);
            process.server().getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri(file), i + 2),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(new org.eclipse.lsp4j.Range(end, end),
                            String.valueOf(target.charAt(i))))));
            if (i % 5 == 0) {
                pending.add(process.server().getTextDocumentService().completion(
                        new CompletionParams(new TextDocumentIdentifier(uri(file)), at(text, text.length()))));
            }
        }
        texts.put(file, text);
        // Requests overtaken by edits may be cancelled; none may hang, and the last state wins.
        for (var request : pending) {
            try {
                request.get(TIMEOUT, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | java.util.concurrent.CancellationException cancelledOrError) {
                // acceptable: the document changed under the request
            }
        }
        List<Diagnostic> diagnostics = process.client().awaitDiagnostics(uri(file),
                d -> d.size() == 1 && d.get(0).getMessage().getLeft().contains("nosuch"), TIMEOUT);
        assertEquals(1, diagnostics.get(0).getRange().getStart().getLine());
        close(file);
    }

    private static Position at(String text, int offset) {
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - before.lastIndexOf('\n') - 1);
    }

    @Test
    @Order(11)
    void garbageAndBadRequestsGetErrorsAndTheServerGoesOn() throws Exception {
        // Bytes that are no LSP message at all (a bogus header block), then JSON that does not parse.
        process.writeRaw("\u0000\u00ff garbage without a header\r\n\r\n");
        process.writeFramed("{\"jsonrpc\":\"2.0\",\"id\":\"broken-1\",\"method\":\"textDocument/hover\",\"params\":{");
        // Valid JSON, invalid request: params of the wrong shape.
        process.writeFramed("{\"jsonrpc\":\"2.0\",\"id\":\"bad-params\",\"method\":\"textDocument/hover\",\"params\":{\"position\":7}}");
        ResponseMessage badParams = process.awaitResponse("bad-params", TIMEOUT);
        assertNotNull(badParams.getError(), badParams.toString());
        // An unknown method.
        process.writeFramed("{\"jsonrpc\":\"2.0\",\"id\":\"unknown-method\",\"method\":\"dynadeploy/doesNotExist\",\"params\":{}}");
        ResponseMessage unknown = process.awaitResponse("unknown-method", TIMEOUT);
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(), unknown.getError().getCode());
        // A request on a document nobody opened and that does not exist.
        ExecutionException missing = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> process.server()
                .getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("nowhere.services")), new Position(0, 0)))
                .get(TIMEOUT, TimeUnit.MILLISECONDS));
        assertTrue(missing.getCause() instanceof ResponseErrorException, missing.toString());

        // Still there, still answering.
        assertTrue(process.isAlive());
        Hover hover = process.server().getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(uri("stafftracker.services")), at("stafftracker.services", "service staff:", 9)))
                .get(TIMEOUT, TimeUnit.MILLISECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("staff"));
    }
}
