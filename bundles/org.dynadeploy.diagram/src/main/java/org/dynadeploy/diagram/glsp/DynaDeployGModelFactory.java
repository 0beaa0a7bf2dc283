package org.dynadeploy.diagram.glsp;

import java.util.Map;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.view.Diagrams;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/** Builds the session's diagram from the current model, laid out on the server. */
public class DynaDeployGModelFactory implements GModelFactory {

    @Inject
    protected DiagramContext context;

    @Inject
    protected DynaDeployGModelState state;

    @Inject
    @DiagramType
    protected String diagramType;

    @Override
    public void createGModel() {
        Map<String, String> options = state.getClientOptions() == null ? Map.of() : state.getClientOptions();
        long notation = context.notationRevision(diagramType);
        long[] version = new long[1];
        GGraph graph = context.read(snapshot -> {
            version[0] = snapshot.version();
            return Diagrams.buildAndLayout(diagramType, snapshot.models(), options, context.layout(diagramType),
                    context.notation(diagramType));
        });
        state.updateRoot(graph);
        state.rendered(version[0], notation);
    }

    /** Whether the session shows the current model and notation already. */
    boolean isCurrent() {
        long[] version = new long[1];
        context.read(snapshot -> version[0] = snapshot.version());
        return state.isCurrent(version[0], context.notationRevision(diagramType));
    }
}
