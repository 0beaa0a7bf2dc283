package org.dynadeploy.languageserver;

import org.dynadeploy.languageserver.languages.DynaDeployLanguageRegistry;
import org.dynadeploy.languageserver.workspace.DeferringBuildManager;
import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.dynadeploy.languageserver.workspace.ModelFileScanner;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * The server's Guice bindings: Xtext's {@link ServerModule} with the DynaDeploy server, workspace,
 * language registry and file scanner. How 'exit' ends things depends on the transport: stdio
 * ends the process, a TCP connection only itself.
 */
public final class DynaDeployServerModule extends AbstractModule {

    private final Class<? extends ILanguageServerShutdownAndExitHandler> exitHandler;

    public DynaDeployServerModule(Class<? extends ILanguageServerShutdownAndExitHandler> exitHandler) {
        this.exitHandler = exitHandler;
    }

    /** The whole module: Xtext's server module overridden by ours. */
    public static Module create(Class<? extends ILanguageServerShutdownAndExitHandler> exitHandler) {
        return Modules.override(new ServerModule()).with(new DynaDeployServerModule(exitHandler));
    }

    @Override
    protected void configure() {
        bind(IResourceServiceProvider.Registry.class).toProvider(DynaDeployLanguageRegistry.class);
        bind(DynaDeployLanguageServerImpl.class).in(Singleton.class);
        bind(LanguageServerImpl.class).to(DynaDeployLanguageServerImpl.class);
        bind(LanguageServer.class).to(DynaDeployLanguageServerImpl.class);
        bind(WorkspaceManager.class).to(DynaDeployWorkspaceManager.class);
        bind(BuildManager.class).to(DeferringBuildManager.class);
        bind(IFileSystemScanner.class).to(ModelFileScanner.class);
        bind(ILanguageServerShutdownAndExitHandler.class).to(exitHandler);
    }
}
