package org.dynadeploy.languageserver.diagram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.log4j.Logger;
import org.dynadeploy.diagram.source.AtomicWrite;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.DiagramSource;
import org.dynadeploy.diagram.source.EditHistory;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.SourceSnapshot;
import org.dynadeploy.diagram.source.TextEdit;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.languageserver.languages.LanguageLoading;
import org.dynadeploy.languageserver.workspace.DocumentLimits;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.DeleteFile;
import org.eclipse.lsp4j.DeleteFileOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The diagrams' model inside the language server: every model file of one folder as the editor
 * has it (the text of an open document, unsaved changes included, else the file), parsed with the
 * server's languages. A graphical edit goes to the client as one {@code workspace/applyEdit}
 * (versioned, so an editor that changed meanwhile refuses it), which lands in the text editor and
 * its undo history; the source then waits until the editor's change has come back
 * ({@code didChange}) and shows the model as it is now. Changes of documents (typing, undo in the
 * text editor, saving, files changed on disk) reload the model and refresh the open diagrams.
 * <p>
 * The model is parsed into a resource set of its own, not the one Xtext's workspace builds in:
 * Xtext changes the resources of open documents in place on its request thread, while diagrams
 * read their model on GLSP's threads, and a snapshot must stay valid while it is read. The texts,
 * the languages and their services are the server's.
 * <p>
 * Edits that would add an error to a file they touch are refused before anything is sent, as the
 * standalone source does. Undo and redo of the diagram send the inverse (or the same) edits again,
 * as long as nobody changed those files since; otherwise the user is told to undo in the text
 * editor. Without a client that applies edits (no {@code workspace.applyEdit} capability) files
 * that are not open are written directly; open ones are then refused.
 */
public final class WorkspaceDiagramSource implements DiagramSource {

    private static final Logger LOG = Logger.getLogger(WorkspaceDiagramSource.class);

    /** How long the client may take to apply an edit (a user may have to confirm it). */
    static final long APPLY_TIMEOUT_MILLIS = Long.getLong("dynadeploy.diagram.applyTimeoutMillis", 60_000);
    /** How long an applied edit may take to come back as document changes. */
    static final long SYNC_TIMEOUT_MILLIS = Long.getLong("dynadeploy.diagram.syncTimeoutMillis", 10_000);
    /** Document changes within this delay are taken together (typing). */
    static final long RELOAD_DELAY_MILLIS = 40;

    /** One graphical change: the texts before and after, and the edits each way. */
    private record Entry(String label, Map<Path, String> before, Map<Path, String> after,
            Map<Path, List<TextEdit>> forward, Map<Path, List<TextEdit>> backward) implements EditHistory.Change {
    }

    /** The model files' texts at one moment, with the editor's versions of the open ones. */
    private record Texts(Map<Path, String> texts, Map<Path, Integer> versions) {
    }

    private record Parsed(ModelSet models, List<Problem> problems) {
    }

    private final Path folder;
    private final DiagramWorkspace workspace;
    private final ModelLoader files = new ModelLoader();
    private final Object lock = new Object();
    /** One edit, undo or redo at a time (each waits for the client). */
    private final ReentrantLock editing = new ReentrantLock();
    private final EditHistory<Entry> history;
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService reloader;
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private SourceSnapshot snapshot;
    private Map<Path, Integer> versions = Map.of();
    private long version;
    private volatile boolean closed;

    /** Loads the folder's model (waits for it). */
    public WorkspaceDiagramSource(Path folder, DiagramWorkspace workspace) {
        this.folder = folder.toAbsolutePath().normalize();
        this.history = new EditHistory<>(this.folder);
        this.workspace = workspace;
        this.reloader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dynadeploy-diagram-reload " + this.folder.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        if (!Files.isDirectory(this.folder)) {
            throw new DiagramEditException("not a folder: " + folder);
        }
        try {
            reloader.submit(() -> reload(true)).get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            reloader.shutdownNow();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof DiagramEditException d ? d
                    : new DiagramEditException("cannot load the model of " + this.folder + ": " + cause.getMessage(), cause);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether a file belongs to this source's model (a model file in the folder, not in a hidden folder). */
    public boolean covers(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return path.startsWith(folder) && DynaDeployLanguages.isModelFile(path) && !isHidden(folder.relativize(path));
    }

    /** Same rule as the command line's folder expansion (ModelLoader). */
    private static boolean isHidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        String last = relative.getFileName() == null ? "" : relative.getFileName().toString();
        return last.startsWith(".");
    }

    // ------------------------------------------------------------------ reading and reloading

    @Override
    public <T> T read(Function<SourceSnapshot, T> reader) {
        synchronized (lock) {
            return reader.apply(snapshot);
        }
    }

    /** The version of the current snapshot. */
    public long version() {
        synchronized (lock) {
            return version;
        }
    }

    /** Asks for a reload soon (documents changed); changes within a few milliseconds are taken together. */
    public void requestReload() {
        if (closed || !reloadPending.compareAndSet(false, true)) {
            return;
        }
        try {
            reloader.schedule(() -> {
                reloadPending.set(false);
                try {
                    reload(false);
                } catch (RuntimeException e) {
                    LOG.warn("reloading the diagram model of " + folder + " failed", e);
                }
            }, RELOAD_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            reloadPending.set(false);
        }
    }

    /** Reads the texts again and, if they changed (or {@code force}), parses them and tells the listeners. */
    private void reload(boolean force) {
        Texts now = currentTexts();
        synchronized (lock) {
            if (!force && snapshot != null && now.texts().equals(snapshot.texts())) {
                versions = now.versions();
                return;
            }
        }
        Parsed parsed = parse(now.texts());
        long newVersion;
        synchronized (lock) {
            version++;
            snapshot = new SourceSnapshot(version, folder, parsed.models(), now.texts(), parsed.problems());
            versions = now.versions();
            newVersion = version;
            lock.notifyAll();
        }
        notifyListeners(newVersion);
    }

    private Texts currentTexts() {
        Map<URI, Document> open;
        try {
            open = workspace.openDocuments().get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new DiagramEditException("cannot read the open documents: " + e, e);
        }
        Map<Path, String> texts = new TreeMap<>();
        Map<Path, Integer> openVersions = new HashMap<>();
        try {
            for (Path file : files.expand(List.of(folder))) {
                texts.put(file.toAbsolutePath().normalize(), null);
            }
        } catch (IOException e) {
            throw new DiagramEditException("cannot list the model folder " + folder + ": " + e.getMessage(), e);
        }
        for (Map.Entry<URI, Document> document : open.entrySet()) {
            Path file = toPath(document.getKey());
            if (file != null && covers(file)) {
                texts.put(file, document.getValue().getContents());
                openVersions.put(file, document.getValue().getVersion());
            }
        }
        for (Map.Entry<Path, String> file : texts.entrySet()) {
            if (file.getValue() == null) {
                file.setValue(readFile(file.getKey()));
            }
        }
        texts.values().removeIf(Objects::isNull);
        return new Texts(texts, openVersions);
    }

    private static Path toPath(URI uri) {
        if (uri == null || !uri.isFile()) {
            return null;
        }
        try {
            return Path.of(uri.toFileString()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A file's text; null if it is gone, too large or unreadable (the language server skips it too). */
    private static String readFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > DocumentLimits.MAX_CHARACTERS) {
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses, links and validates texts with the server's languages, in a resource set of their own. */
    private Parsed parse(Map<Path, String> texts) {
        LanguageLoading.await();
        IResourceServiceProvider any = workspace.languages().getResourceServiceProvider(URI.createURI("synth:///any.services"));
        if (any == null) {
            throw new DiagramEditException("the DynaDeploy languages are not set up in this server");
        }
        XtextResourceSet resourceSet = any.get(XtextResourceSet.class);
        List<XtextResource> resources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Path, String> file : texts.entrySet()) {
            try {
                XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.getKey().toString()));
                resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                        resourceSet.getLoadOptions());
                resources.add(resource);
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(file.getKey(), 1, 1, Problem.Severity.ERROR, "cannot be read: " + e.getMessage(),
                        "file.unreadable"));
            }
        }
        EcoreUtil.resolveAll(resourceSet);
        ModelSet models = new ModelSet();
        for (XtextResource resource : resources) {
            Path file = Path.of(resource.getURI().toFileString());
            List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                    .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            List<Problem> ofFile = new ArrayList<>();
            for (Issue issue : issues) {
                ofFile.add(toProblem(file, issue));
            }
            ofFile.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            problems.addAll(ofFile);
            for (EObject root : resource.getContents()) {
                if (root instanceof Model model) {
                    models.add(model);
                }
            }
        }
        return new Parsed(models, problems);
    }

    private static Problem toProblem(Path file, Issue issue) {
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        Problem.Severity severity = issue.getSeverity() == Severity.ERROR ? Problem.Severity.ERROR
                : issue.getSeverity() == Severity.WARNING ? Problem.Severity.WARNING : Problem.Severity.INFO;
        return new Problem(file, line, column, severity, issue.getMessage(), issue.getCode());
    }

    // ------------------------------------------------------------------ edits

    @Override
    public void apply(ModelChange change, long baseVersion) {
        editing.lock();
        try {
            Map<Path, String> before = new LinkedHashMap<>();
            Map<Path, String> after = new LinkedHashMap<>();
            Map<Path, List<TextEdit>> forward = new LinkedHashMap<>();
            Map<Path, List<TextEdit>> backward = new LinkedHashMap<>();
            SourceSnapshot base;
            synchronized (lock) {
                if (baseVersion != version) {
                    throw new DiagramEditException("The model changed while the edit was prepared; nothing was changed."
                            + " Please try again.");
                }
                if (change.isEmpty()) {
                    return;
                }
                base = snapshot;
            }
            Map<Path, List<TextEdit>> byFile;
            try {
                byFile = change.byFile();
            } catch (IllegalArgumentException e) {
                throw new DiagramEditException(change.label() + " was not applied: " + e.getMessage(), e);
            }
            for (Map.Entry<Path, List<TextEdit>> file : byFile.entrySet()) {
                Path path = file.getKey().toAbsolutePath().normalize();
                if (!covers(path)) {
                    throw new DiagramEditException(change.label() + " was not applied: " + path.getFileName()
                            + " is not a model file of " + folder);
                }
                String old = base.texts().get(path);
                String now;
                try {
                    now = ModelChange.apply(old == null ? "" : old, file.getValue());
                } catch (IllegalArgumentException e) {
                    throw new DiagramEditException(change.label() + " was not applied: " + e.getMessage(), e);
                }
                before.put(path, old);
                after.put(path, now);
                forward.put(path, file.getValue());
                backward.put(path, inverse(path, old == null ? "" : old, file.getValue()));
            }
            refuseNewErrors(base, after, change.label());
            send(change.label(), forward, before, after);
            synchronized (lock) {
                history.record(new Entry(change.label(), before, after, forward, backward));
            }
        } finally {
            editing.unlock();
        }
    }

    /** The edits that turn the text after {@code edits} back into {@code text}. */
    static List<TextEdit> inverse(Path file, String text, List<TextEdit> sortedEdits) {
        List<TextEdit> result = new ArrayList<>();
        int delta = 0;
        for (TextEdit edit : sortedEdits) {
            result.add(new TextEdit(file, edit.offset() + delta, edit.text().length(),
                    text.substring(edit.offset(), edit.end())));
            delta += edit.text().length() - edit.length();
        }
        return result;
    }

    /** Parses the model as it would be and refuses the change if a file it touches gets a new error. */
    private void refuseNewErrors(SourceSnapshot base, Map<Path, String> after, String label) {
        Map<Path, String> candidate = new TreeMap<>(base.texts());
        after.forEach((file, text) -> {
            if (text == null) {
                candidate.remove(file);
            } else {
                candidate.put(file, text);
            }
        });
        Map<Path, List<String>> errorsBefore = errorsByFile(base.problems());
        Map<Path, List<String>> errorsAfter = errorsByFile(parse(candidate).problems());
        for (Path file : after.keySet()) {
            List<String> added = new ArrayList<>(errorsAfter.getOrDefault(file, List.of()));
            errorsBefore.getOrDefault(file, List.of()).forEach(added::remove);
            if (!added.isEmpty()) {
                throw new DiagramEditException(label + " was not applied: it would make " + folder.relativize(file)
                        + " invalid (" + added.get(0) + ").");
            }
        }
    }

    private static Map<Path, List<String>> errorsByFile(List<Problem> problems) {
        Map<Path, List<String>> result = new HashMap<>();
        for (Problem problem : problems) {
            if (problem.isError()) {
                result.computeIfAbsent(problem.file().toAbsolutePath().normalize(), f -> new ArrayList<>()).add(problem.message());
            }
        }
        return result;
    }

    /**
     * Sends edits to the client (or writes the files when it cannot take them) and waits until
     * the model shows {@code after}. {@code before}/{@code after} null: the file does not exist.
     */
    private void send(String label, Map<Path, List<TextEdit>> edits, Map<Path, String> before, Map<Path, String> after) {
        DiagramWorkspace.EditSupport support = workspace.editSupport();
        Map<Path, Document> openNow = openDocumentsNow();
        Map<Path, Integer> openVersions;
        synchronized (lock) {
            openVersions = new HashMap<>(versions);
        }
        // A document opened since the last reload, still with the text the edits were computed on:
        // its version makes the edit safe all the same.
        openNow.forEach((file, document) -> {
            if (!openVersions.containsKey(file) && Objects.equals(document.getContents(), before.get(file))) {
                openVersions.put(file, document.getVersion());
            }
        });
        if (!support.applyEdit()) {
            writeDirectly(label, before, after, openNow.keySet());
        } else {
            WorkspaceEdit edit = workspaceEdit(label, edits, before, after, openVersions, support);
            ApplyWorkspaceEditResponse response;
            try {
                response = workspace.applyEdit(new ApplyWorkspaceEditParams(edit, label))
                        .get(APPLY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiagramEditException(label + " was not applied: interrupted while the editor applied it.", e);
            } catch (Exception e) {
                throw new DiagramEditException(label + " was not applied: the editor did not apply the edit (" + e + ").", e);
            }
            if (response == null || !response.isApplied()) {
                String reason = response == null || response.getFailureReason() == null
                        ? "the editor refused it; perhaps the file changed meanwhile"
                        : response.getFailureReason();
                throw new DiagramEditException(label + " was not applied: " + reason + ". Please try again.");
            }
        }
        awaitTexts(after);
    }

    private WorkspaceEdit workspaceEdit(String label, Map<Path, List<TextEdit>> edits, Map<Path, String> before,
            Map<Path, String> after, Map<Path, Integer> openVersions, DiagramWorkspace.EditSupport support) {
        List<Either<TextDocumentEdit, ResourceOperation>> documentChanges = new ArrayList<>();
        Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = new LinkedHashMap<>();
        for (Map.Entry<Path, List<TextEdit>> file : edits.entrySet()) {
            Path path = file.getKey();
            String uri = workspace.toUriString(URI.createFileURI(path.toString()));
            String old = before.get(path);
            String now = after.get(path);
            if (now == null) {
                if (!support.documentChanges() || !support.deleteFiles()) {
                    throw new DiagramEditException(label + " was not applied: the editor cannot delete " + path.getFileName() + ".");
                }
                DeleteFileOptions options = new DeleteFileOptions();
                options.setIgnoreIfNotExists(true);
                documentChanges.add(Either.forRight(new DeleteFile(uri, options)));
                continue;
            }
            if (old == null) {
                if (!support.documentChanges() || !support.createFiles()) {
                    throw new DiagramEditException(label + " was not applied: the editor cannot create " + path.getFileName()
                            + " (create the file first).");
                }
                CreateFileOptions options = new CreateFileOptions();
                options.setIgnoreIfExists(true);
                documentChanges.add(Either.forRight(new CreateFile(uri, options)));
                org.eclipse.lsp4j.TextEdit insert = new org.eclipse.lsp4j.TextEdit(new Range(new Position(0, 0), new Position(0, 0)), now);
                documentChanges.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                        List.of(Either.forLeft(insert)))));
                continue;
            }
            Document document = new Document(0, old);
            List<org.eclipse.lsp4j.TextEdit> lspEdits = new ArrayList<>();
            for (TextEdit edit : file.getValue()) {
                lspEdits.add(new org.eclipse.lsp4j.TextEdit(
                        new Range(document.getPosition(edit.offset()), document.getPosition(edit.end())), edit.text()));
            }
            if (support.documentChanges()) {
                List<Either<org.eclipse.lsp4j.TextEdit, SnippetTextEdit>> versioned = new ArrayList<>();
                lspEdits.forEach(e -> versioned.add(Either.forLeft(e)));
                documentChanges.add(Either.forLeft(new TextDocumentEdit(
                        new VersionedTextDocumentIdentifier(uri, openVersions.get(path)), versioned)));
            } else {
                changes.put(uri, lspEdits);
            }
        }
        WorkspaceEdit edit = new WorkspaceEdit();
        if (support.documentChanges()) {
            edit.setDocumentChanges(documentChanges);
        } else {
            edit.setChanges(changes);
        }
        return edit;
    }

    /** The documents open in the editor now, by file. */
    private Map<Path, Document> openDocumentsNow() {
        Map<Path, Document> result = new HashMap<>();
        try {
            workspace.openDocuments().get(2, TimeUnit.MINUTES).forEach((uri, document) -> {
                Path file = toPath(uri);
                if (file != null) {
                    result.put(file, document);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiagramEditException("interrupted while reading the open documents", e);
        } catch (Exception e) {
            throw new DiagramEditException("cannot read the open documents: " + e, e);
        }
        return result;
    }

    /** For clients that do not apply edits: files not open in the editor are written here. */
    private void writeDirectly(String label, Map<Path, String> before, Map<Path, String> after, java.util.Set<Path> open) {
        for (Path file : after.keySet()) {
            if (open.contains(file)) {
                throw new DiagramEditException(label + " was not applied: " + file.getFileName()
                        + " is open in the editor, and this editor cannot take edits from the language server.");
            }
        }
        List<URI> changed = new ArrayList<>();
        List<URI> deleted = new ArrayList<>();
        Map<Path, String> done = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> file : after.entrySet()) {
                if (file.getValue() == null) {
                    Files.deleteIfExists(file.getKey());
                    deleted.add(URI.createFileURI(file.getKey().toString()));
                } else {
                    AtomicWrite.write(file.getKey(), file.getValue());
                    changed.add(URI.createFileURI(file.getKey().toString()));
                }
                done.put(file.getKey(), before.get(file.getKey()));
            }
        } catch (IOException e) {
            for (Map.Entry<Path, String> file : done.entrySet()) {
                try {
                    if (file.getValue() == null) {
                        Files.deleteIfExists(file.getKey());
                    } else {
                        AtomicWrite.write(file.getKey(), file.getValue());
                    }
                } catch (IOException ignored) {
                    // reported below
                }
            }
            throw new DiagramEditException(label + ": could not write the model files (" + e.getMessage() + ")", e);
        }
        workspace.filesWritten(changed, deleted);
    }

    /**
     * Waits until the model shows the given texts (the editor's changes have come back as document
     * changes). A client that applies an edit without telling the server (no document sync) leaves
     * the diagram as it was until the next change; that is logged, not an error.
     */
    private void awaitTexts(Map<Path, String> expected) {
        long deadline = System.currentTimeMillis() + SYNC_TIMEOUT_MILLIS;
        long nextPoll = 0;
        synchronized (lock) {
            while (!shows(expected)) {
                long now = System.currentTimeMillis();
                if (now >= deadline || closed) {
                    LOG.warn("the editor applied a diagram edit, but the changed documents did not come back within "
                            + SYNC_TIMEOUT_MILLIS + " ms: " + expected.keySet());
                    return;
                }
                if (now >= nextPoll) {
                    requestReload();
                    nextPoll = now + 250;
                }
                try {
                    lock.wait(Math.min(100, deadline - now));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean shows(Map<Path, String> expected) {
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            if (!Objects.equals(snapshot.texts().get(file.getKey()), file.getValue())) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ undo and redo

    @Override
    public boolean canUndo() {
        synchronized (lock) {
            return history.canUndo();
        }
    }

    @Override
    public boolean canRedo() {
        synchronized (lock) {
            return history.canRedo();
        }
    }

    @Override
    public String undo() {
        return step(true);
    }

    @Override
    public String redo() {
        return step(false);
    }

    private String step(boolean backwards) {
        editing.lock();
        try {
            Entry entry;
            synchronized (lock) {
                entry = history.next(backwards, snapshot.texts()::get);
            }
            String label = (backwards ? "Undo " : "Redo ") + entry.label();
            if (backwards) {
                send(label, entry.backward(), entry.after(), entry.before());
            } else {
                send(label, entry.forward(), entry.before(), entry.after());
            }
            synchronized (lock) {
                history.done(backwards);
            }
            return entry.label();
        } finally {
            editing.unlock();
        }
    }

    // ------------------------------------------------------------------ listeners

    @Override
    public AutoCloseable addListener(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyListeners(long newVersion) {
        for (Consumer<Long> listener : listeners) {
            try {
                listener.accept(newVersion);
            } catch (RuntimeException e) {
                // one broken diagram must not keep the others from updating
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        reloader.shutdownNow();
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
