package org.dynadeploy.languageserver.progress;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Server-initiated work-done progress ($/progress begin ... end), for clients that declare
 * support. Without it, or when the client does not answer the token creation, it does nothing.
 */
public final class WorkDoneProgress {

    private static final Logger LOG = Logger.getLogger(WorkDoneProgress.class);
    private static final WorkDoneProgress NONE = new WorkDoneProgress(null, null);

    private final LanguageClient client;
    private final Either<String, Integer> token;

    private WorkDoneProgress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
    }

    public static WorkDoneProgress begin(LanguageClient client, InitializeParams params, String title, String message) {
        if (client == null || !supported(params)) {
            return NONE;
        }
        Either<String, Integer> token = Either.forLeft("dynadeploy-" + UUID.randomUUID());
        try {
            // The client must know the token before the first $/progress; it answers quickly or never.
            client.createProgress(new WorkDoneProgressCreateParams(token)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("client did not create a progress token: " + e);
            return NONE;
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setMessage(message);
        begin.setCancellable(false);
        client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        return new WorkDoneProgress(client, token);
    }

    public void end(String message) {
        if (client != null) {
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage(message);
            client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
        }
    }

    private static boolean supported(InitializeParams params) {
        ClientCapabilities capabilities = params == null ? null : params.getCapabilities();
        WindowClientCapabilities window = capabilities == null ? null : capabilities.getWindow();
        return window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
    }
}
