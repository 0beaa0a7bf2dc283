package org.dynadeploy.languageserver.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.log4j.Logger;
import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.layout.NotationStore;
import org.dynadeploy.diagram.server.DiagramWebServer;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.gson.JsonElement;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hosts the GLSP diagram servers inside the language server: one per model folder, started on
 * the first {@link DiagramCommands#START} for it (Jetty on 127.0.0.1, a free port), each over a
 * {@link WorkspaceDiagramSource} of the folder and one {@link DiagramContext} (notation sidecar,
 * layouts, the diagrams' undo history) shared by all its diagrams. Document changes reach the
 * sources through {@link #documentsChanged}; shutting the server down stops them all.
 */
@Singleton
public class DiagramHosting implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DiagramHosting.class);
    static final String HOST = "127.0.0.1";

    /** One folder's diagram server. */
    private record Host(Path folder, WorkspaceDiagramSource source, DiagramContext context, DiagramWebServer server) {
    }

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Inject
    private WorkspaceManager workspaceManager;

    @Inject
    private UriExtensions uris;

    private final Map<Path, Host> hosts = new ConcurrentHashMap<>();
    private final ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dynadeploy-diagram-start");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /** Runs {@link DiagramCommands#START}: the first argument is a model file's or folder's URI. */
    public CompletableFuture<Object> execute(ExecuteCommandParams params, ILanguageServerAccess access, IRequestManager requests) {
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        String uri = arguments.isEmpty() ? null : text(arguments.get(0));
        if (uri == null || uri.isBlank()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    params.getCommand() + " needs the URI of a model file or folder as its first argument", null)));
        }
        DiagramWorkspace workspace = new ServerWorkspace(access, requests);
        return CompletableFuture.supplyAsync(() -> (Object) start(uri, workspace), starter);
    }

    private static String text(Object argument) {
        if (argument instanceof JsonElement json) {
            return json.isJsonPrimitive() ? json.getAsString() : null;
        }
        return argument == null ? null : argument.toString();
    }

    /** Starts (or finds) the diagram server of the folder of {@code uriString}. */
    DiagramStartResult start(String uriString, DiagramWorkspace workspace) {
        if (closed) {
            return DiagramStartResult.failure("the language server is shutting down");
        }
        URI uri = uris.toUri(uriString);
        if (uri == null || !uri.isFile()) {
            return DiagramStartResult.failure("diagrams need a model file on disk, not " + uriString);
        }
        Path path = Path.of(uri.toFileString()).toAbsolutePath().normalize();
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return DiagramStartResult.failure("there is no folder " + folder);
        }
        try {
            Host host = hosts.get(folder);
            if (host == null) {
                host = open(folder, workspace);
            }
            String folderUri = uris.toUriString(URI.createFileURI(folder.toString()));
            int files = host.source().read(snapshot -> snapshot.texts().size());
            return DiagramStartResult.running("The diagrams of " + folder.getFileName() + " (" + files + " model file"
                    + (files == 1 ? "" : "s") + ") are served at " + host.server().websocket(), folderUri,
                    host.server().port(), host.server().uri().toString(), host.server().websocket().toString(), DiagramTypes.ALL);
        } catch (DiagramEditException e) {
            return DiagramStartResult.failure(e.getMessage());
        } catch (Exception e) {
            LOG.error("the diagram server of " + folder + " did not start", e);
            return DiagramStartResult.failure("the diagram server did not start: " + e);
        }
    }

    private synchronized Host open(Path folder, DiagramWorkspace workspace) throws Exception {
        Host existing = hosts.get(folder);
        if (existing != null) {
            return existing;
        }
        long start = System.nanoTime();
        WorkspaceDiagramSource source = new WorkspaceDiagramSource(folder, workspace);
        DiagramContext context = null;
        DiagramWebServer server = null;
        try {
            if (source.read(snapshot -> snapshot.texts().isEmpty())) {
                throw new DiagramEditException("there are no model files in " + folder);
            }
            context = new DiagramContext(source, new NotationStore(folder));
            server = new DiagramWebServer(context, null);
            server.start(HOST, 0);
        } catch (Exception | Error e) {
            if (server != null) {
                server.close();
            }
            if (context != null) {
                context.close();
            }
            source.close();
            throw e;
        }
        Host host = new Host(folder, source, context, server);
        hosts.put(folder, host);
        LOG.info("diagram server of " + folder + " started at " + server.websocket() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return host;
    }

    /** The folders whose diagrams are served, and where (for tests and logs). */
    public Map<Path, java.net.URI> running() {
        Map<Path, java.net.URI> result = new java.util.TreeMap<>();
        hosts.forEach((folder, host) -> result.put(folder, host.server().websocket()));
        return result;
    }

    /**
     * Documents or files changed (opened, edited, closed, changed on disk): the diagram sources of
     * their folders reload, after the change has reached the workspace.
     */
    public void documentsChanged(Collection<URI> changed) {
        if (hosts.isEmpty() || changed.isEmpty()) {
            return;
        }
        for (Host host : hosts.values()) {
            for (URI uri : changed) {
                Path file = toPath(uri);
                if (file != null && file.startsWith(host.folder())) {
                    host.source().requestReload();
                    break;
                }
            }
        }
    }

    private static Path toPath(URI uri) {
        if (uri == null || !uri.isFile()) {
            return null;
        }
        try {
            return Path.of(uri.toFileString()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Host host : new ArrayList<>(hosts.values())) {
            try {
                host.server().close();
            } catch (Exception e) {
                LOG.warn("stopping the diagram server of " + host.folder() + ": " + e);
            }
            host.context().close();
            host.source().close();
        }
        hosts.clear();
        starter.shutdownNow();
    }

    /** The running language server as a {@link DiagramWorkspace}. */
    private final class ServerWorkspace implements DiagramWorkspace {

        private final ILanguageServerAccess access;
        private final IRequestManager requests;

        ServerWorkspace(ILanguageServerAccess access, IRequestManager requests) {
            this.access = access;
            this.requests = requests;
        }

        @Override
        public CompletableFuture<Map<URI, Document>> openDocuments() {
            DynaDeployWorkspaceManager workspace = (DynaDeployWorkspaceManager) workspaceManager;
            // A read queued after the document changes received so far (on the caller's thread, never
            // the request queue's); a change arriving meanwhile cancels it, then it is queued again.
            for (int attempt = 0;; attempt++) {
                try {
                    return CompletableFuture.completedFuture(requests.runRead(cancel -> workspace.openDocuments()).join());
                } catch (CancellationException | CompletionException e) {
                    boolean cancelled = e instanceof CancellationException || e.getCause() instanceof CancellationException;
                    if (!cancelled || attempt >= 100) {
                        return CompletableFuture.failedFuture(e);
                    }
                }
            }
        }

        @Override
        public IResourceServiceProvider.Registry languages() {
            return languages;
        }

        @Override
        public EditSupport editSupport() {
            Optional<WorkspaceClientCapabilities> workspace = Optional.ofNullable(access.getInitializeParams())
                    .map(p -> p.getCapabilities()).map(ClientCapabilities::getWorkspace);
            boolean applyEdit = access.getLanguageClient() != null
                    && workspace.map(WorkspaceClientCapabilities::getApplyEdit).orElse(false);
            Optional<WorkspaceEditCapabilities> edits = workspace.map(WorkspaceClientCapabilities::getWorkspaceEdit);
            boolean documentChanges = edits.map(WorkspaceEditCapabilities::getDocumentChanges).orElse(false);
            List<String> operations = edits.map(WorkspaceEditCapabilities::getResourceOperations).orElse(List.of());
            return new EditSupport(applyEdit, documentChanges, operations.contains(ResourceOperationKind.Create),
                    operations.contains(ResourceOperationKind.Delete));
        }

        @Override
        public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            return access.getLanguageClient().applyEdit(params);
        }

        @Override
        public void filesWritten(List<URI> changed, List<URI> deleted) {
            DynaDeployWorkspaceManager workspace = (DynaDeployWorkspaceManager) workspaceManager;
            List<URI> inWorkspaceChanged = changed.stream().filter(workspace::isInWorkspace).toList();
            List<URI> inWorkspaceDeleted = deleted.stream().filter(workspace::isInWorkspace).toList();
            if (!inWorkspaceChanged.isEmpty() || !inWorkspaceDeleted.isEmpty()) {
                requests.runWrite(() -> workspace.didChangeFiles(inWorkspaceChanged, inWorkspaceDeleted),
                        (cancel, build) -> build.build(cancel));
            }
            List<URI> all = new ArrayList<>(changed);
            all.addAll(deleted);
            documentsChanged(all);
        }

        @Override
        public String toUriString(URI uri) {
            return uris.toUriString(uri);
        }
    }
}
