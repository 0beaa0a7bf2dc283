package org.dynadeploy.diagram.source;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The undo and redo stacks of a {@link DiagramSource}: what each graphical change did to the
 * texts of the files it touched. An undo or redo is only offered while those files still read as
 * the change left them; once someone else has changed one, the history of that direction is
 * dropped and the user is told to undo in the text editor. Not synchronized: the source calls it
 * under its own lock.
 *
 * @param <C> a source's record of one change (sources keep more, e.g. the edits each way)
 */
public final class EditHistory<C extends EditHistory.Change> {

    /** One change: its label and the texts of its files before and after ({@code null}: no file). */
    public interface Change {
        String label();

        Map<Path, String> before();

        Map<Path, String> after();
    }

    private final Path folder;
    private final Deque<C> undo = new ArrayDeque<>();
    private final Deque<C> redo = new ArrayDeque<>();

    /** @param folder the model folder, to name files in messages */
    public EditHistory(Path folder) {
        this.folder = folder;
    }

    /** A new change was made: it can be undone, and nothing can be redone any more. */
    public void record(C change) {
        redo.clear();
        undo.push(change);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * The change the next undo ({@code backwards}) or redo would revert or make again, after checking
     * that its files read as it expects (current texts by {@code textOf}); call {@link #done} once it is.
     *
     * @throws DiagramEditException if there is nothing to do, or a file was changed since (the history
     *         of that direction is then dropped)
     */
    public C next(boolean backwards, Function<Path, String> textOf) {
        Deque<C> from = backwards ? undo : redo;
        if (from.isEmpty()) {
            throw new DiagramEditException(backwards ? "Nothing to undo." : "Nothing to redo.");
        }
        C change = from.peek();
        Map<Path, String> expected = backwards ? change.after() : change.before();
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            if (!Objects.equals(textOf.apply(file.getKey()), file.getValue())) {
                from.clear();
                throw new DiagramEditException("Cannot " + (backwards ? "undo" : "redo") + " \"" + change.label()
                        + "\": " + folder.relativize(file.getKey()) + " was changed outside the diagram since."
                        + " Undo it in the text editor instead.");
            }
        }
        return change;
    }

    /** The change {@link #next} returned was undone ({@code backwards}) or redone. */
    public void done(boolean backwards) {
        Deque<C> from = backwards ? undo : redo;
        Deque<C> to = backwards ? redo : undo;
        to.push(from.pop());
    }
}
