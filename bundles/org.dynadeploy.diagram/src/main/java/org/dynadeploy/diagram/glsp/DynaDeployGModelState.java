package org.dynadeploy.diagram.glsp;

import org.dynadeploy.diagram.DiagramContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

/**
 * The session's model state. Edits are saved as they are made (the model files are the truth), so
 * nothing is ever dirty; undo and redo go to the shared history of the {@link DiagramContext}.
 */
public class DynaDeployGModelState extends DefaultGModelState {

    @Inject
    protected DiagramContext context;

    private long renderedVersion = -1;
    private long renderedNotation = -1;

    @Override
    protected GModelIndex getOrUpdateIndex(GModelRoot newRoot) {
        return new SnapshotIndex(newRoot);
    }

    @Override
    public void execute(Command command) {
        if (command.canExecute()) {
            command.execute();
        }
    }

    @Override
    public boolean canUndo() {
        return context.canUndo();
    }

    @Override
    public boolean canRedo() {
        return context.canRedo();
    }

    @Override
    public void undo() {
        context.undo();
    }

    @Override
    public void redo() {
        context.redo();
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void saveIsDone() {
        // every edit is saved when it is made
    }

    void rendered(long version, long notation) {
        this.renderedVersion = version;
        this.renderedNotation = notation;
    }

    boolean isCurrent(long version, long notation) {
        return getRoot() != null && version == renderedVersion && notation == renderedNotation;
    }
}
