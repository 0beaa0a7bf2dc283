package org.dynadeploy.diagram.glsp;

import java.util.Map;

import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.gson.GsonBuilder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Named;

/** GLSP's JSON configuration plus {@link FastGModelJson} for writing diagrams. */
public class FastGsonConfigurator extends DefaultServerGsonConfigurator {

    @Inject
    public FastGsonConfigurator(Injector serverInjector, @Named(ServerModule.DIAGRAM_MODULES) Map<String, Module> diagramModules,
            ActionRegistry actionRegistry, ClientSessionManager sessionManager) {
        super(serverInjector, diagramModules, actionRegistry, sessionManager);
    }

    @Override
    public GsonBuilder configureGsonBuilder(GsonBuilder gsonBuilder) {
        // registered last, so Gson asks it first
        return super.configureGsonBuilder(gsonBuilder).registerTypeAdapterFactory(new FastGModelJson());
    }
}
