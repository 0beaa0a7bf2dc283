package org.dynadeploy.diagram.source;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the diagrams get the model and where their edits go. The standalone server reads a folder
 * ({@link FolderDiagramSource}); a language server plugs in its own Xtext resources and applies
 * edits with {@code workspace/applyEdit}, so that the edit lands in the open editor and its undo.
 * Implementations are thread-safe: GLSP sessions call them from their own threads.
 */
public interface DiagramSource extends AutoCloseable {

    /**
     * Runs {@code reader} on the current model, under whatever lock the source needs (the model
     * must not change while it is read). Everything a reader sees is valid only during the call.
     */
    <T> T read(Function<SourceSnapshot, T> reader);

    /**
     * Applies the edits of one operation (computed against the snapshot of version
     * {@code baseVersion}) as one undoable change and reloads the model. Listeners are told
     * afterwards.
     *
     * @throws DiagramEditException when the model changed since {@code baseVersion}, a file
     *                              cannot be written, or the edit would leave a file unparsable
     *                              (the files are then left as they were)
     */
    void apply(ModelChange change, long baseVersion);

    boolean canUndo();

    boolean canRedo();

    /** Undoes the last change; returns its label. @throws DiagramEditException if it cannot. */
    String undo();

    /** Redoes the last undone change; returns its label. @throws DiagramEditException if it cannot. */
    String redo();

    /**
     * Calls {@code listener} with the new version after every change, whoever made it (a diagram,
     * an undo, an editor or another program). Returns the handle that removes the listener.
     */
    AutoCloseable addListener(Consumer<Long> listener);

    @Override
    default void close() {
    }
}
