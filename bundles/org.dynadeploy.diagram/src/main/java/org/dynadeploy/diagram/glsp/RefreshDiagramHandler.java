package org.dynadeploy.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

/** Sends the diagram again when the model or the notation changed since it was last sent. */
public class RefreshDiagramHandler extends AbstractActionHandler<RefreshDiagramAction> {

    @Inject
    protected ModelSubmissionHandler submissions;

    @Inject
    protected GModelFactory factory;

    @Inject
    protected GModelState state;

    @Override
    protected List<Action> executeAction(RefreshDiagramAction action) {
        if (state.getRoot() == null || ((DynaDeployGModelFactory) factory).isCurrent()) {
            return none();
        }
        return submissions.submitModel();
    }
}
