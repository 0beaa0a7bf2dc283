package org.dynadeploy.diagram.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The standalone diagram source: every model file of a folder, loaded with {@link ModelLoader}.
 * An edit rewrites the changed files atomically and reloads; a change that would add an error to
 * a file it touches (a syntax error, an unresolved name, a dependency cycle) is rolled back and
 * refused. Undo and redo restore the texts of the files a change touched, provided nobody else has
 * changed those files since. With {@link #watch} the folder is polled, so that edits made in a text
 * editor reach the open diagrams.
 */
public final class FolderDiagramSource implements DiagramSource {

    /** Texts of the files one change touched; {@code null} is "the file does not exist". */
    private record Entry(String label, Map<Path, String> before, Map<Path, String> after)
            implements EditHistory.Change {
    }

    private final Path folder;
    private final ModelLoader loader = new ModelLoader();
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private final EditHistory<Entry> history;
    private final Object lock = new Object();
    private SourceSnapshot snapshot;
    private ResourceSet resources;
    private Map<Path, String> fingerprint = Map.of();
    private long version;
    private Thread watcher;
    private volatile boolean closed;

    public FolderDiagramSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.history = new EditHistory<>(this.folder);
        if (!Files.isDirectory(this.folder)) {
            throw new DiagramEditException("not a folder: " + folder);
        }
        synchronized (lock) {
            reload();
        }
    }

    public Path folder() {
        return folder;
    }

    /** Polls the folder every {@code millis} ms for changes made by others (editors, git, the CLI). */
    public FolderDiagramSource watch(long millis) {
        synchronized (lock) {
            if (watcher == null) {
                watcher = new Thread(() -> poll(millis), "dynadeploy-diagram-watch");
                watcher.setDaemon(true);
                watcher.start();
            }
        }
        return this;
    }

    @Override
    public <T> T read(Function<SourceSnapshot, T> reader) {
        synchronized (lock) {
            return reader.apply(snapshot);
        }
    }

    @Override
    public void apply(ModelChange change, long baseVersion) {
        long newVersion;
        synchronized (lock) {
            if (baseVersion != version) {
                throw new DiagramEditException("The model changed while the edit was prepared; nothing was changed."
                        + " Please try again.");
            }
            if (change.isEmpty()) {
                return;
            }
            Map<Path, String> before = new LinkedHashMap<>();
            Map<Path, String> after = new LinkedHashMap<>();
            for (Map.Entry<Path, List<TextEdit>> file : change.byFile().entrySet()) {
                Path path = file.getKey().toAbsolutePath().normalize();
                if (!path.startsWith(folder)) {
                    throw new DiagramEditException("refusing to write outside the model folder: " + path);
                }
                String old = snapshot.texts().get(path);
                before.put(path, old);
                after.put(path, ModelChange.apply(old == null ? "" : old, file.getValue()));
            }
            write(after, before, change.label());
            history.record(new Entry(change.label(), before, after));
            newVersion = version;
        }
        notifyListeners(newVersion);
    }

    /** Writes the new texts, reloads, and restores the old texts if the change broke something. */
    private void write(Map<Path, String> texts, Map<Path, String> previous, String label) {
        Map<Path, List<String>> errorsBefore = errorsByFile(snapshot.problems());
        try {
            store(texts);
        } catch (IOException e) {
            restore(previous);
            throw new DiagramEditException(label + ": could not write the model files (" + e.getMessage() + ")", e);
        }
        reload(texts);
        Map<Path, List<String>> errorsAfter = errorsByFile(snapshot.problems());
        for (Path file : texts.keySet()) {
            List<String> added = new ArrayList<>(errorsAfter.getOrDefault(file, List.of()));
            errorsBefore.getOrDefault(file, List.of()).forEach(added::remove);
            if (!added.isEmpty()) {
                restore(previous);
                reload(previous);
                throw new DiagramEditException(label + " was not applied: it would make " + folder.relativize(file)
                        + " invalid (" + added.get(0) + ").");
            }
        }
    }

    private void restore(Map<Path, String> previous) {
        try {
            store(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restore the model files after a failed edit", e);
        }
    }

    private static void store(Map<Path, String> texts) throws IOException {
        for (Map.Entry<Path, String> file : texts.entrySet()) {
            if (file.getValue() == null) {
                Files.deleteIfExists(file.getKey());
            } else {
                AtomicWrite.write(file.getKey(), file.getValue());
            }
        }
    }

    private static Map<Path, List<String>> errorsByFile(List<Problem> problems) {
        Map<Path, List<String>> result = new HashMap<>();
        for (Problem problem : problems) {
            if (problem.isError()) {
                result.computeIfAbsent(problem.file().toAbsolutePath().normalize(), f -> new ArrayList<>())
                        .add(problem.message());
            }
        }
        return result;
    }

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
        String label;
        long newVersion;
        synchronized (lock) {
            Entry entry = history.next(backwards, FolderDiagramSource::readFile);
            Map<Path, String> expected = backwards ? entry.after() : entry.before();
            Map<Path, String> target = backwards ? entry.before() : entry.after();
            write(target, expected, (backwards ? "Undo " : "Redo ") + entry.label());
            history.done(backwards);
            label = entry.label();
            newVersion = version;
        }
        notifyListeners(newVersion);
        return label;
    }

    private static String readFile(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new DiagramEditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

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

    /**
     * Updates the model after the files of one change were written: only they are parsed and
     * validated again (the others re-linked); everything is loaded again if that fails.
     */
    private void reload(Map<Path, String> changed) {
        if (resources == null) {
            reload();
            return;
        }
        try {
            LoadResult result = IncrementalLoad.update(resources, changed, snapshot.problems());
            Map<Path, String> texts = new TreeMap<>(snapshot.texts());
            changed.forEach((file, text) -> {
                if (text == null) {
                    texts.remove(file);
                } else {
                    texts.put(file, text);
                }
            });
            version++;
            snapshot = new SourceSnapshot(version, folder, result.models(), texts, result.problems());
            fingerprint = fingerprint();
        } catch (IOException | RuntimeException e) {
            reload();
        }
    }

    /** Loads every model file of the folder again (caller holds the lock). */
    private void reload() {
        try {
            LoadResult result = loader.load(List.of(folder));
            resources = result.resourceSet();
            Map<Path, String> texts = new TreeMap<>();
            for (Path file : loader.expand(List.of(folder))) {
                texts.put(file.toAbsolutePath().normalize(), null);
            }
            // The texts the parser saw (offsets of the node model refer to them), else the file.
            for (Resource resource : result.resourceSet().getResources()) {
                if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && resource.getURI().isFile()) {
                    texts.put(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize(),
                            xtext.getParseResult().getRootNode().getText());
                }
            }
            for (Map.Entry<Path, String> file : texts.entrySet()) {
                if (file.getValue() == null) {
                    file.setValue(Files.readString(file.getKey(), StandardCharsets.UTF_8));
                }
            }
            version++;
            snapshot = new SourceSnapshot(version, folder, result.models(), texts, result.problems());
            fingerprint = fingerprint();
        } catch (IOException e) {
            throw new DiagramEditException("cannot read the model folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Size and modification time of every model file: what the poller compares. */
    private Map<Path, String> fingerprint() throws IOException {
        Map<Path, String> result = new TreeMap<>();
        for (Path file : loader.expand(List.of(folder))) {
            result.put(file, Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
        }
        return result;
    }

    private void poll(long millis) {
        while (!closed) {
            try {
                Thread.sleep(millis);
                checkForExternalChanges();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException e) {
                // a file vanished mid-scan: look again next time
            }
        }
    }

    /** Reloads if a model file was changed, added or removed by someone else. Returns whether it did. */
    public boolean checkForExternalChanges() throws IOException {
        long newVersion;
        synchronized (lock) {
            if (fingerprint().equals(fingerprint)) {
                return false;
            }
            reload();
            newVersion = version;
        }
        notifyListeners(newVersion);
        return true;
    }

    @Override
    public void close() {
        closed = true;
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
