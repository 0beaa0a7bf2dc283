package org.dynadeploy.diagram.glsp;

import java.util.List;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.view.Diagrams;
import org.dynadeploy.lang.loading.Problem;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

/**
 * Opens a diagram: the model itself is the shared {@link DiagramContext}'s source, so loading
 * registers the session for updates (edits from other diagrams, undo, text editors) and tells the
 * user what is missing (errors in the model, no distribution for the deployment diagram).
 * Saving does nothing: every edit is written when it is made.
 */
public class DynaDeploySourceStorage implements SourceModelStorage {

    @Inject
    protected DiagramContext context;

    @Inject
    protected ActionDispatcher dispatcher;

    @Inject
    protected ClientSessionManager sessions;

    @Inject
    protected DynaDeployGModelState state;

    @Inject
    @DiagramType
    protected String diagramType;

    private boolean registered;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        if (!registered) {
            registered = true;
            ActionDispatcher session = dispatcher;
            context.register(session, diagramType, type -> session.dispatch(new RefreshDiagramAction()));
            String clientId = state.getClientId();
            sessions.addListener(new ClientSessionListener() {
                @Override
                public void sessionDisposed(ClientSession clientSession) {
                    context.unregister(session);
                }
            }, clientId);
        }
        String warning = context.read(snapshot -> {
            List<Problem> errors = snapshot.problems().stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                return "The model has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + " (first: "
                        + errors.get(0).format() + "); the diagram shows what could be read.";
            }
            if (DiagramTypes.DEPLOYMENT.equals(diagramType)
                    && Diagrams.distribution(snapshot.models(), action.getOptions()) == null) {
                return "No distribution (.dist file) in the model folder: the targets are shown empty. Write one with"
                        + " 'dynadeploy gendist -s DIR -i DIR -q DIR -o DIR/deploy.dist'.";
            }
            return null;
        });
        if (warning != null) {
            dispatcher.dispatchAfterNextUpdate(StatusActionUtil.warn(warning, 20000));
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        dispatcher.dispatch(StatusActionUtil.info("Every edit is saved when it is made.", 3000));
    }
}
