package org.dynadeploy.diagram.glsp;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * The command an operation handler returns: running it makes the edit. Undo does not go through
 * commands: the {@link org.dynadeploy.diagram.DiagramContext} keeps one history of text and notation changes.
 */
final class EditCommand extends AbstractCommand {

    private final Runnable edit;

    EditCommand(String label, Runnable edit) {
        super(label);
        this.edit = edit;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        edit.run();
    }

    @Override
    public boolean canUndo() {
        return false;
    }

    @Override
    public void redo() {
        edit.run();
    }
}
