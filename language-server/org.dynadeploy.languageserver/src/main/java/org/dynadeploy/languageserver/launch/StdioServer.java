package org.dynadeploy.languageserver.launch;

import java.io.InputStream;
import java.io.OutputStream;

import org.dynadeploy.languageserver.DynaDeployLanguageServerImpl;
import org.dynadeploy.languageserver.DynaDeployServerModule;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Guice;

/** The server on stdin/stdout: one session, and the process ends with it. */
public final class StdioServer {

    private StdioServer() {
    }

    public static void run(InputStream in, OutputStream out, LaunchOptions options) throws InterruptedException {
        DynaDeployLanguageServerImpl server = Guice.createInjector(
                DynaDeployServerModule.create(ILanguageServerShutdownAndExitHandler.DefaultImpl.class))
                .getInstance(DynaDeployLanguageServerImpl.class);
        LanguageServerConnection.serve(server, in, out, options.trace(), "stdio");
    }
}
