package org.dynadeploy.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.dynadeploy.diagram.edit.ModelEdits;
import org.dynadeploy.diagram.layout.GModelLayout;
import org.dynadeploy.diagram.layout.Notation;
import org.dynadeploy.diagram.layout.NotationStore;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.DiagramSource;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.SourceSnapshot;

/**
 * What every diagram session of one model shares: the {@link DiagramSource}, the notation
 * sidecars, the layout caches, one undo history, and the open sessions (each is told when the
 * model or its notation changes, whoever changed it).
 * <p>
 * The history holds one entry per graphical operation: the text changes it made (undone through
 * the source) and the notations it changed (restored here). Entries made during one operation
 * (a move is a bounds change plus routing changes) are one step.
 */
public final class DiagramContext implements AutoCloseable {

    /** One undo step. */
    private static final class Step {
        final String label;
        int textChanges;
        final Map<String, Notation[]> notations = new LinkedHashMap<>();

        Step(String label) {
            this.label = label;
        }

        boolean isEmpty() {
            return textChanges == 0 && notations.isEmpty();
        }
    }

    private final DiagramSource source;
    private final NotationStore notations;
    private final Map<String, GModelLayout> layouts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> notationRevisions = new ConcurrentHashMap<>();
    private final Map<Object, Map.Entry<String, Consumer<String>>> sessions = new ConcurrentHashMap<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ThreadLocal<Step> batch = new ThreadLocal<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dynadeploy-diagram-notify");
        thread.setDaemon(true);
        return thread;
    });
    private final AutoCloseable sourceListener;

    public DiagramContext(DiagramSource source, NotationStore notations) {
        this.source = source;
        this.notations = notations;
        this.sourceListener = source.addListener(version -> broadcast(null));
    }

    public DiagramSource source() {
        return source;
    }

    public GModelLayout layout(String diagramType) {
        return layouts.computeIfAbsent(diagramType, t -> new GModelLayout());
    }

    public Notation notation(String diagramType) {
        return notations.get(diagramType);
    }

    public long notationRevision(String diagramType) {
        return notationRevisions.computeIfAbsent(diagramType, t -> new AtomicLong()).get();
    }

    // ------------------------------------------------------------------ edits

    /**
     * Computes a change on the current model and applies it (one undo step, or part of the
     * current operation's step). An empty change does nothing. Returns the change.
     */
    public ModelChange edit(Function<ModelEdits, ModelChange> operation) {
        long[] version = new long[1];
        ModelChange change = source.read(snapshot -> {
            version[0] = snapshot.version();
            return operation.apply(new ModelEdits(snapshot));
        });
        if (change.isEmpty()) {
            return change;
        }
        synchronized (this) {
            source.apply(change, version[0]);
            record(change.label(), step -> step.textChanges++);
        }
        return change;
    }

    /** Reads the current model. */
    public <T> T read(Function<SourceSnapshot, T> reader) {
        return source.read(reader);
    }

    /** Changes the notation of a diagram type (one undo step, or part of the current operation's). */
    public synchronized void changeNotation(String diagramType, String label, UnaryOperator<Notation> change) {
        Notation before = notations.get(diagramType);
        Notation after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        notations.put(diagramType, after);
        notationRevisions.computeIfAbsent(diagramType, t -> new AtomicLong()).incrementAndGet();
        record(label, step -> step.notations.merge(diagramType, new Notation[] {before, after},
                (old, now) -> new Notation[] {old[0], now[1]}));
        broadcast(diagramType);
    }

    /** Changes every diagram type's notation without an undo step of its own (it follows a text change). */
    public synchronized void changeAllNotations(String label, UnaryOperator<Notation> change) {
        for (String type : DiagramTypes.ALL) {
            changeNotation(type, label, change);
        }
    }

    private void record(String label, Consumer<Step> change) {
        Step current = batch.get();
        if (current != null) {
            change.accept(current);
            return;
        }
        Step step = new Step(label);
        change.accept(step);
        push(step);
    }

    private void push(Step step) {
        if (!step.isEmpty()) {
            undo.push(step);
            redo.clear();
        }
    }

    /** Starts collecting the changes of one operation into one undo step (on this thread). */
    public void beginOperation(String label) {
        batch.set(new Step(label));
    }

    /** Ends the operation: its changes become one undo step. */
    public synchronized void endOperation() {
        Step step = batch.get();
        batch.remove();
        if (step != null) {
            push(step);
        }
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last operation; returns its label. */
    public synchronized String undo() {
        if (undo.isEmpty()) {
            throw new DiagramEditException("Nothing to undo.");
        }
        Step step = undo.peek();
        for (int i = 0; i < step.textChanges; i++) {
            try {
                source.undo();
            } catch (DiagramEditException e) {
                undo.clear();
                throw e;
            }
        }
        step.notations.forEach((type, states) -> setNotation(type, states[0]));
        undo.pop();
        redo.push(step);
        return step.label;
    }

    /** Redoes the last undone operation; returns its label. */
    public synchronized String redo() {
        if (redo.isEmpty()) {
            throw new DiagramEditException("Nothing to redo.");
        }
        Step step = redo.peek();
        for (int i = 0; i < step.textChanges; i++) {
            try {
                source.redo();
            } catch (DiagramEditException e) {
                redo.clear();
                throw e;
            }
        }
        step.notations.forEach((type, states) -> setNotation(type, states[1]));
        redo.pop();
        undo.push(step);
        return step.label;
    }

    private void setNotation(String type, Notation notation) {
        notations.put(type, notation);
        notationRevisions.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
        broadcast(type);
    }

    // ------------------------------------------------------------------ sessions

    /**
     * Registers an open diagram: {@code refresh} is called (on a thread of the context, never the
     * caller's) whenever the model, or the notation of its type, changed.
     */
    public void register(Object session, String diagramType, Consumer<String> refresh) {
        sessions.put(session, Map.entry(diagramType, refresh));
    }

    public void unregister(Object session) {
        sessions.remove(session);
    }

    public int sessionCount() {
        return sessions.size();
    }

    /** Tells the sessions of a type (all sessions: {@code null}) to refresh, asynchronously. */
    private void broadcast(String diagramType) {
        List<Map.Entry<String, Consumer<String>>> targets = new ArrayList<>(sessions.values());
        notifier.execute(() -> {
            for (Map.Entry<String, Consumer<String>> session : targets) {
                if (diagramType == null || diagramType.equals(session.getKey())) {
                    try {
                        session.getValue().accept(diagramType);
                    } catch (RuntimeException e) {
                        // a closing session: the others still update
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            sourceListener.close();
        } catch (Exception e) {
            // nothing to release
        }
        notifier.shutdownNow();
    }
}
