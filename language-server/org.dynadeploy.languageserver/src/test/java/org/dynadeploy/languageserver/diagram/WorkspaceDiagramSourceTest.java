package org.dynadeploy.languageserver.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.dynadeploy.diagram.edit.ModelEdits;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.TextEdit;
import org.dynadeploy.languageserver.languages.LanguageLoading;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.DeleteFile;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server's diagram source against an editor of the test's own: what the diagram
 * shows (the editor's text), what an edit sends (a versioned workspace edit; new files created,
 * deleted on undo), what is refused (an edit that breaks a file, an undo after a change by hand,
 * an open file when the editor takes no edits), and the files written for an editor that takes
 * no edits.
 */
class WorkspaceDiagramSourceTest {

    private static final String SERVICES = "// the system\nservice db : mysql-database {\n    stateful\n}\n\n"
            + "service api : process {\n    dependsOn db\n}\n";

    @TempDir
    Path folder;

    private Editor editor;
    private WorkspaceDiagramSource source;

    /** An editor: open documents, applies (or refuses) edits like VS Code and reports them. */
    final class Editor implements DiagramWorkspace {
        final Map<URI, Document> open = new ConcurrentHashMap<>();
        final List<ApplyWorkspaceEditParams> sent = new CopyOnWriteArrayList<>();
        final List<URI> written = new CopyOnWriteArrayList<>();
        EditSupport support = new EditSupport(true, true, true, true);
        boolean applies = true;

        void open(Path file, String text) {
            open.put(uri(file), new Document(1, text));
            changed();
        }

        void type(Path file, Function<String, String> change) {
            Document document = open.get(uri(file));
            open.put(uri(file), new Document(document.getVersion() + 1, change.apply(document.getContents())));
            changed();
        }

        String text(Path file) {
            Document document = open.get(uri(file));
            return document == null ? null : document.getContents();
        }

        private void changed() {
            if (source != null) {
                source.requestReload();
            }
        }

        @Override
        public CompletableFuture<Map<URI, Document>> openDocuments() {
            return CompletableFuture.completedFuture(Map.copyOf(open));
        }

        @Override
        public IResourceServiceProvider.Registry languages() {
            return IResourceServiceProvider.Registry.INSTANCE;
        }

        @Override
        public EditSupport editSupport() {
            return support;
        }

        @Override
        public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            sent.add(params);
            if (!applies) {
                return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
            }
            for (Either<TextDocumentEdit, ResourceOperation> change : params.getEdit().getDocumentChanges()) {
                if (change.isRight() && change.getRight() instanceof CreateFile create) {
                    open.put(URI.createURI(create.getUri()), new Document(1, ""));
                } else if (change.isRight() && change.getRight() instanceof DeleteFile delete) {
                    open.remove(URI.createURI(delete.getUri()));
                } else {
                    TextDocumentEdit edit = change.getLeft();
                    URI uri = URI.createURI(edit.getTextDocument().getUri());
                    Document document = open.get(uri);
                    if (document == null) {
                        document = new Document(1, read(Path.of(uri.toFileString())));
                    }
                    Integer version = edit.getTextDocument().getVersion();
                    if (version != null && !version.equals(document.getVersion())) {
                        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
                    }
                    List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>(edit.getEdits().stream().map(Either::getLeft).toList());
                    Document base = document;
                    edits.sort(Comparator.comparingInt((org.eclipse.lsp4j.TextEdit e) -> base.getOffSet(e.getRange().getStart())).reversed());
                    StringBuilder text = new StringBuilder(document.getContents());
                    for (org.eclipse.lsp4j.TextEdit textEdit : edits) {
                        text.replace(base.getOffSet(textEdit.getRange().getStart()), base.getOffSet(textEdit.getRange().getEnd()),
                                textEdit.getNewText());
                    }
                    open.put(uri, new Document(document.getVersion() + 1, text.toString()));
                }
            }
            changed();
            return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
        }

        @Override
        public void filesWritten(List<URI> changed, List<URI> deleted) {
            written.addAll(changed);
            written.addAll(deleted);
            changed();
        }

        @Override
        public String toUriString(URI uri) {
            return uri(Path.of(uri.toFileString())).toString();
        }
    }

    static URI uri(Path file) {
        return URI.createURI(file.toAbsolutePath().normalize().toUri().toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void languages() {
        LanguageLoading.await();
    }

    @BeforeEach
    void start() throws Exception {
        Files.writeString(folder.resolve("system.services"), SERVICES);
        Files.writeString(folder.resolve("net.infra"), "target small {\n    mem = 100\n}\n");
        Files.createDirectories(folder.resolve(".hidden"));
        Files.writeString(folder.resolve(".hidden/ignored.services"), "service ignored : process {\n}\n");
        editor = new Editor();
        source = new WorkspaceDiagramSource(folder, editor);
    }

    @AfterEach
    void stop() {
        source.close();
    }

    private Path file(String name) {
        return folder.resolve(name).toAbsolutePath().normalize();
    }

    private boolean hasService(String name) {
        return source.<Boolean>read(s -> s.models().servicesByName().containsKey(name));
    }

    private ModelChange edit(Function<ModelEdits, ModelChange> operation) {
        long version = source.version();
        ModelChange change = source.read(snapshot -> operation.apply(new ModelEdits(snapshot)));
        source.apply(change, version);
        return change;
    }

    private <T> T awaitModel(Function<org.dynadeploy.diagram.source.SourceSnapshot, T> reader, java.util.function.Predicate<T> wanted)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        T value = source.read(reader);
        while (!wanted.test(value)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the model did not change; last: " + value);
            }
            Thread.sleep(20);
            value = source.read(reader);
        }
        return value;
    }

    @Test
    void theModelIsTheFolderAsTheEditorHasIt() throws Exception {
        assertEquals(List.of(file("net.infra"), file("system.services")), List.copyOf(source.read(s -> s.texts().keySet())),
                "hidden folders are left out, as on the command line");
        assertTrue(hasService("api"));
        // Typing in the editor (unsaved) changes the model; the file does not matter while it is open.
        editor.open(file("system.services"), SERVICES);
        editor.type(file("system.services"), text -> text + "\nservice cache : process {\n}\n");
        awaitModel(s -> s.models().servicesByName().containsKey("cache"), found -> found);
        assertFalse(read(file("system.services")).contains("cache"));
        assertTrue(source.<Boolean>read(s -> s.problems().stream().noneMatch(p -> p.isError())));
    }

    @Test
    void anEditIsOneVersionedWorkspaceEditOfTheOpenDocument() throws Exception {
        editor.open(file("system.services"), SERVICES);
        awaitModel(s -> s.version(), v -> v >= 1);
        edit(e -> e.renameService("db", "database"));
        assertEquals(1, editor.sent.size());
        ApplyWorkspaceEditParams params = editor.sent.get(0);
        assertEquals("Rename service db to database", params.getLabel());
        TextDocumentEdit documentEdit = params.getEdit().getDocumentChanges().get(0).getLeft();
        assertEquals(1, documentEdit.getTextDocument().getVersion(), "the editor's version of the document");
        assertEquals(2, documentEdit.getEdits().size(), "the declaration and the reference, nothing else");
        String text = editor.text(file("system.services"));
        assertEquals(SERVICES.replace("service db :", "service database :").replace("dependsOn db", "dependsOn database"), text);
        // apply() returns once the model shows the edit: the diagram is redrawn from the new text.
        assertTrue(hasService("database"));
        assertEquals(SERVICES, read(file("system.services")), "nothing written behind the editor's back");
    }

    @Test
    void undoAndRedoSendTheInverseAndTheSameEdits() throws Exception {
        editor.open(file("system.services"), SERVICES);
        edit(e -> e.renameService("db", "database"));
        assertTrue(source.canUndo());
        assertEquals("Rename service db to database", source.undo());
        assertEquals(SERVICES, editor.text(file("system.services")));
        assertTrue(hasService("db"));
        assertEquals(2, editor.sent.size());
        source.redo();
        assertTrue(editor.text(file("system.services")).contains("service database :"));

        // A change by hand since: the diagram's undo refuses (the text editor's undo is the one to use).
        editor.type(file("system.services"), text -> text + "// note\n");
        awaitModel(s -> s.texts().get(file("system.services")), text -> text.endsWith("// note\n"));
        DiagramEditException refused = assertThrows(DiagramEditException.class, source::undo);
        assertTrue(refused.getMessage().contains("was changed outside the diagram"), refused.getMessage());
        assertFalse(source.canUndo());
        assertEquals(3, editor.sent.size(), "nothing sent");
    }

    @Test
    void anEditThatWouldBreakAFileIsRefusedBeforeAnythingIsSent() {
        Path services = file("system.services");
        long version = source.version();
        DiagramEditException refused = assertThrows(DiagramEditException.class, () -> source.apply(
                new ModelChange("Break it", List.of(TextEdit.insert(services, SERVICES.indexOf("service api"), "service {{ "))), version));
        assertTrue(refused.getMessage().startsWith("Break it was not applied: it would make system.services invalid"), refused.getMessage());
        assertTrue(editor.sent.isEmpty());
    }

    @Test
    void anEditOnAnOlderModelIsRefused() throws Exception {
        long version = source.version();
        editor.open(file("system.services"), SERVICES + "// changed\n");
        awaitModel(s -> s.version(), v -> v > version);
        assertThrows(DiagramEditException.class, () -> source.apply(
                new ModelChange("Late", List.of(TextEdit.insert(file("system.services"), 0, "// x\n"))), version));
        assertTrue(editor.sent.isEmpty());
    }

    @Test
    void aRefusedEditIsReported() {
        editor.applies = false;
        DiagramEditException refused = assertThrows(DiagramEditException.class, () -> edit(e -> e.renameService("db", "database")));
        assertTrue(refused.getMessage().contains("was not applied"), refused.getMessage());
        assertFalse(source.canUndo());
    }

    @Test
    void aNewFileIsCreatedThroughTheEditorAndDeletedOnUndo() throws Exception {
        Path created = file("extra.services");
        edit(e -> new ModelChange("Create a file", List.of(TextEdit.insert(created, 0, "service extra : process {\n}\n"))));
        List<Either<TextDocumentEdit, ResourceOperation>> changes = editor.sent.get(0).getEdit().getDocumentChanges();
        assertTrue(changes.get(0).getRight() instanceof CreateFile, changes.toString());
        assertEquals("service extra : process {\n}\n", editor.text(created));
        assertTrue(hasService("extra"));
        source.undo();
        assertTrue(editor.sent.get(1).getEdit().getDocumentChanges().get(0).getRight() instanceof DeleteFile);
        assertNull(editor.text(created));
        assertFalse(hasService("extra"));
    }

    @Test
    void withoutWorkspaceEditsClosedFilesAreWrittenAndOpenOnesRefused() throws Exception {
        editor.support = DiagramWorkspace.EditSupport.NONE;
        edit(e -> e.renameService("db", "database"));
        assertTrue(read(file("system.services")).contains("service database :"));
        assertEquals(List.of(uri(file("system.services")).toString()),
                editor.written.stream().map(u -> uri(Path.of(u.toFileString())).toString()).toList());
        assertTrue(hasService("database"));

        editor.open(file("system.services"), read(file("system.services")));
        awaitModel(s -> s.version(), v -> v >= 1);
        DiagramEditException refused = assertThrows(DiagramEditException.class, () -> edit(e -> e.renameService("api", "gateway")));
        assertTrue(refused.getMessage().contains("is open in the editor"), refused.getMessage());
    }

    @Test
    void theInverseOfEditsRestoresTheText() {
        Path file = file("x.services");
        String text = "abcdefghij";
        List<TextEdit> edits = List.of(new TextEdit(file, 1, 2, "XYZ"), new TextEdit(file, 5, 0, "++"), new TextEdit(file, 8, 2, ""));
        String after = ModelChange.apply(text, edits);
        assertEquals("aXYZde++fgh", after);
        assertEquals(text, ModelChange.apply(after, WorkspaceDiagramSource.inverse(file, text, edits)));
    }
}
