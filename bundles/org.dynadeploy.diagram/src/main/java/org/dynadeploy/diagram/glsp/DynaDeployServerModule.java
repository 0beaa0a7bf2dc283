package org.dynadeploy.diagram.glsp;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.DiagramTypes;
import org.eclipse.glsp.server.di.ServerModule;

/**
 * The GLSP server of the DynaDeploy diagrams over one {@link DiagramContext}: the three diagram
 * types, every session sharing the context (its source, notations, layouts and history).
 */
public class DynaDeployServerModule extends ServerModule {

    private final DiagramContext context;

    public DynaDeployServerModule(DiagramContext context) {
        this.context = context;
        for (String type : DiagramTypes.ALL) {
            configureDiagramModule(new DynaDeployDiagramModule(type));
        }
    }

    @Override
    protected Class<? extends org.eclipse.glsp.server.gson.ServerGsonConfigurator> bindGsonConfigurator() {
        return FastGsonConfigurator.class;
    }

    @Override
    protected void configureAdditionals() {
        super.configureAdditionals();
        bind(DiagramContext.class).toInstance(context);
    }
}
