package org.dynadeploy.languageserver;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.dynadeploy.lang.ide.commands.CommandIds;
import org.dynadeploy.languageserver.commands.CommandDispatcher;
import org.dynadeploy.languageserver.diagram.DiagramCommands;
import org.dynadeploy.languageserver.diagram.DiagramHosting;
import org.dynadeploy.languageserver.progress.WorkDoneProgress;
import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.dynadeploy.languageserver.workspace.OversizedDocuments;
import org.dynadeploy.languageserver.workspace.WorkspaceRoots;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's language server, made to answer 'initialize' at once and index in the background, to
 * run the DynaDeploy commands, and to stay up whatever a client sends: oversized documents are
 * refused with a diagnostic, documents outside the workspace get a workspace folder of their own,
 * unknown methods get a MethodNotFound error.
 */
public class DynaDeployLanguageServerImpl extends LanguageServerImpl {

    private static final Logger LOG = Logger.getLogger(DynaDeployLanguageServerImpl.class);

    @Inject
    private CommandDispatcher commands;

    @Inject
    private UriExtensions uriExtensions;

    @Inject
    private SemanticTokensService semanticTokens;

    @Inject
    private OversizedDocuments oversized;

    @Inject
    private DiagramHosting diagrams;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        WorkspaceRoots.normalize(params);
        LOG.info("initialize received " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started");
        return super.initialize(params).thenApply(result -> {
            // Queued behind the initialize request itself, so it runs after the answer is out.
            getRequestManager().runWrite(() -> indexWorkspace(params), (cancelIndicator, count) -> count);
            return result;
        });
    }

    private int indexWorkspace(InitializeParams params) {
        long start = System.nanoTime();
        WorkDoneProgress progress = WorkDoneProgress.begin(getLanguageClient(), params, "DynaDeploy",
                "indexing the workspace's models");
        int files = 0;
        try {
            files = workspace().runDeferredInitialBuild(CancelIndicator.NullImpl);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            progress.end(files + " model files indexed in " + millis + " ms");
            LOG.info("indexed " + files + " model files in " + millis + " ms");
        }
        return files;
    }

    /** Our own capabilities: computing them does not wait for the languages to be set up. */
    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        return Capabilities.of(params, new SemanticTokensLegend(semanticTokens.getTokenTypes(), semanticTokens.getTokenModifiers()));
    }

    /**
     * The protocol methods, without asking each language for extensions (none of ours has any):
     * LSP4J asks for them before the first message, and asking would wait for the languages.
     */
    @Override
    public Map<String, JsonRpcMethod> supportedMethods() {
        return ServiceEndpoints.getSupportedMethods(getClass());
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (params != null && CommandIds.ALL.contains(params.getCommand())) {
            return commands.execute(params, getLanguageServerAccess(), getRequestManager());
        }
        if (params != null && DiagramCommands.ALL.contains(params.getCommand())) {
            return diagrams.execute(params, getLanguageServerAccess(), getRequestManager());
        }
        List<String> known = new ArrayList<>(CommandIds.ALL);
        known.addAll(DiagramCommands.ALL);
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                "unknown command " + (params == null ? null : params.getCommand()) + "; the commands are " + known, null)));
    }

    // ----- diagrams: every document change refreshes the open diagrams of its folder (after the
    // change is in the workspace: the diagram source reads the documents in a request queued later)

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        super.didOpen(params);
        refreshDiagrams(() -> List.of(getURI(params.getTextDocument())));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        super.didChange(params);
        refreshDiagrams(() -> List.of(getURI(params.getTextDocument())));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        super.didClose(params);
        refreshDiagrams(() -> List.of(getURI(params.getTextDocument())));
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        super.didChangeWatchedFiles(params);
        refreshDiagrams(() -> {
            List<URI> changed = new ArrayList<>();
            for (FileEvent event : params.getChanges()) {
                changed.add(uriExtensions.toUri(event.getUri()));
            }
            return changed;
        });
    }

    /** Tells the diagrams; a malformed notification (already answered by Xtext) is not their concern. */
    private void refreshDiagrams(java.util.function.Supplier<List<URI>> changed) {
        try {
            diagrams.documentsChanged(changed.get());
        } catch (RuntimeException e) {
            LOG.debug("no diagram refresh for a malformed notification: " + e);
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        diagrams.close();
        return super.shutdown();
    }

    // ----- document lifecycle: keep oversized documents and foreign files from breaking builds

    @Override
    protected Buildable toBuildable(DidOpenTextDocumentParams params) {
        URI uri = getURI(params.getTextDocument());
        if (!isModelDocument(uri)) {
            return Buildable.NO_BUILD;
        }
        PublishDiagnosticsParams refusal = oversized.refuseIfTooLarge(uri, params.getTextDocument().getUri(),
                params.getTextDocument().getText());
        if (refusal != null) {
            getLanguageClient().publishDiagnostics(refusal);
            return Buildable.NO_BUILD;
        }
        if (!workspace().isInWorkspace(uri)) {
            workspace().adoptFolderOf(uri, CancelIndicator.NullImpl);
        }
        return super.toBuildable(params);
    }

    @Override
    protected Buildable toBuildable(DidChangeTextDocumentParams params) {
        URI uri = getURI(params.getTextDocument());
        if (oversized.isRefused(uri) || !workspace().isDocumentOpen(uri)) {
            return Buildable.NO_BUILD; // a refused or never opened document has no state to change
        }
        return super.toBuildable(params);
    }

    @Override
    protected Buildable toBuildable(DidCloseTextDocumentParams params) {
        URI uri = getURI(params.getTextDocument());
        if (oversized.forget(uri)) {
            getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(params.getTextDocument().getUri(), List.of()));
            return Buildable.NO_BUILD;
        }
        if (!workspace().isDocumentOpen(uri)) {
            return Buildable.NO_BUILD;
        }
        return super.toBuildable(params);
    }

    @Override
    protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
        List<FileEvent> relevant = new ArrayList<>();
        for (FileEvent event : params.getChanges()) {
            URI uri = uriExtensions.toUri(event.getUri());
            if (isModelDocument(uri) && workspace().isInWorkspace(uri) && !oversized.isRefused(uri)) {
                relevant.add(event);
            }
        }
        return super.toBuildable(new DidChangeWatchedFilesParams(relevant));
    }

    private boolean isModelDocument(URI uri) {
        return uri != null && getLanguagesRegistry().getResourceServiceProvider(uri) != null;
    }

    @Override
    protected IResourceServiceProvider getResourceServiceProvider(URI uri) {
        return oversized.isRefused(uri) ? null : super.getResourceServiceProvider(uri);
    }

    // ----- protocol robustness

    /** Requests no language extension handles are answered with MethodNotFound (optional '$/' ones with null). */
    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (getExtensionProviders().containsKey(method)) {
            return super.request(method, parameter);
        }
        if (method != null && method.startsWith("$/")) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Object> error = new CompletableFuture<>();
        error.completeExceptionally(new ResponseErrorException(
                new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
        return error;
    }

    private DynaDeployWorkspaceManager workspace() {
        return (DynaDeployWorkspaceManager) getWorkspaceManager();
    }
}
