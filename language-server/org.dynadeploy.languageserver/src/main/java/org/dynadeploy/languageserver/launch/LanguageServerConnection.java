package org.dynadeploy.languageserver.launch;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dynadeploy.languageserver.DynaDeployLanguageServerImpl;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One LSP session over a pair of streams: JSON-RPC with message validation (a malformed request
 * gets an error answer instead of reaching the server half-filled), the server connected to the
 * client proxy, listening until the stream ends.
 */
public final class LanguageServerConnection {

    private LanguageServerConnection() {
    }

    /** Serves the streams until the client closes them (or 'exit' closes them). */
    public static void serve(DynaDeployLanguageServerImpl server, InputStream in, OutputStream out, boolean trace, String name)
            throws InterruptedException {
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "lsp-" + name);
            thread.setDaemon(true);
            return thread;
        });
        Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(threads)
                .validateMessages(true)
                .traceMessages(trace ? new PrintWriter(System.err, true) : null)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (ExecutionException e) {
            // the stream broke (client gone): the session is over either way
        } finally {
            threads.shutdownNow();
        }
    }
}
