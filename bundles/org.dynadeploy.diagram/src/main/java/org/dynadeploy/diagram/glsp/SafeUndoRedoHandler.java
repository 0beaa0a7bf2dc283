package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.types.Severity;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

/** Undo and redo over the shared history, with what was undone (or why not) in the status line. */
public class SafeUndoRedoHandler implements ActionHandler {

    @Inject
    protected DiagramContext context;

    @Inject
    protected ModelSubmissionHandler submissions;

    @Override
    public List<Class<? extends Action>> getHandledActionTypes() {
        return new ArrayList<>(List.of(UndoAction.class, RedoAction.class));
    }

    @Override
    public List<Action> execute(Action action) {
        boolean undo = action instanceof UndoAction;
        List<Action> result = new ArrayList<>();
        if (undo ? !context.canUndo() : !context.canRedo()) {
            result.add(StatusActionUtil.info(undo ? "Nothing to undo." : "Nothing to redo.", 3000));
            return result;
        }
        try {
            String label = undo ? context.undo() : context.redo();
            result.addAll(submissions.submitModel(undo ? SetDirtyStateAction.Reason.UNDO : SetDirtyStateAction.Reason.REDO));
            result.add(StatusActionUtil.info((undo ? "Undone: " : "Redone: ") + label, 3000));
        } catch (DiagramEditException e) {
            result.addAll(submissions.submitModel());
            result.add(MessageActionUtil.message(Severity.WARNING, e.getMessage()));
            result.add(StatusActionUtil.status(Severity.WARNING, e.getMessage(), SafeOperationActionHandler.STATUS_MILLIS));
        }
        return result;
    }
}
