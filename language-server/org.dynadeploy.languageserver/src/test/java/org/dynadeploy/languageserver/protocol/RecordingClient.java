package org.dynadeploy.languageserver.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of the protocol tests: remembers what the server sends and lets a test wait
 * for it. Workspace edits are declined, so the server writes result files itself.
 */
public class RecordingClient implements LanguageClient {

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    /** When each document's diagnostics were last published (System.nanoTime). */
    private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
    private final List<MessageParams> messages = new ArrayList<>();
    private final List<ProgressParams> progress = new ArrayList<>();

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params.getDiagnostics());
        publishedAt.put(params.getUri(), System.nanoTime());
        notifyAll();
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        messages.add(params);
        notifyAll();
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void notifyProgress(ProgressParams params) {
        progress.add(params);
        notifyAll();
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
    }

    /** Waits until the diagnostics of a document satisfy a condition; returns them. */
    public synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!(diagnostics.containsKey(uri) && condition.test(diagnostics.get(uri)))) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no matching diagnostics for " + uri + " within " + millis + " ms; last: " + diagnostics.get(uri));
            }
            wait(left);
        }
        return diagnostics.get(uri);
    }

    /**
     * Waits for diagnostics of a document published after {@code sinceNanos} that satisfy a
     * condition; returns when they arrived (System.nanoTime).
     */
    public synchronized long awaitPublishAfter(String uri, long sinceNanos, Predicate<List<Diagnostic>> condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            Long at = publishedAt.get(uri);
            if (at != null && at > sinceNanos && condition.test(diagnostics.get(uri))) {
                return at;
            }
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no new matching diagnostics for " + uri + " within " + millis + " ms");
            }
            wait(left);
        }
    }

    /** Waits for the end of the server's indexing progress. */
    public synchronized void awaitProgressEnd(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (progress.stream().noneMatch(p -> p.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the server did not finish indexing within " + millis + " ms");
            }
            wait(left);
        }
    }

    public synchronized List<MessageParams> messages() {
        return List.copyOf(messages);
    }
}
