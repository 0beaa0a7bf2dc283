package org.dynadeploy.languageserver.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.languageserver.diagnostics.DiagnosticsHub;
import org.dynadeploy.languageserver.languages.LanguageLoading;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's workspace with three changes: the initial build runs after 'initialize' has been
 * answered (see {@link DeferringBuildManager}); every diagnostic goes through the
 * {@link DiagnosticsHub}; and a request on a document the workspace does not know fails with a
 * clear error instead of a NullPointerException deep inside a service.
 */
@Singleton
public class DynaDeployWorkspaceManager extends WorkspaceManager {

    @Inject
    private DiagnosticsHub diagnostics;

    @Inject
    private UriExtensions uris;

    private DeferringBuildManager deferringBuildManager;

    @Override
    @Inject
    public void setBuildManager(BuildManager buildManager) {
        super.setBuildManager(buildManager);
        this.deferringBuildManager = buildManager instanceof DeferringBuildManager d ? d : null;
    }

    @Override
    public void initialize(List<WorkspaceFolder> workspaceFolders, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
            CancelIndicator cancelIndicator) {
        super.initialize(workspaceFolders, diagnostics.wrap(issueAcceptor), cancelIndicator);
    }

    /** Builds the workspace the first initial build held back; returns how many files it indexed. */
    public int runDeferredInitialBuild(CancelIndicator cancelIndicator) {
        if (deferringBuildManager == null) {
            return 0;
        }
        List<IResourceDescription.Delta> deltas = deferringBuildManager.buildDeferred(cancelIndicator);
        afterBuild(deltas);
        return deltas.size();
    }

    /**
     * Builds what earlier changes queued. A write request cancels the build of the one before it
     * (only the queueing is safe from cancellation), so a change just made may not be built yet.
     */
    public void buildPending() {
        didChangeFiles(List.of(), List.of()).build(CancelIndicator.NullImpl);
    }

    /** Whether a document lies in one of the workspace's folders (only those can be built). */
    public boolean isInWorkspace(URI uri) {
        try {
            return getProjectManager(uri) != null;
        } catch (ResponseErrorException notInitialized) {
            return false;
        }
    }

    /**
     * Makes the folder of a file outside every workspace folder a workspace folder of its own, so
     * a file opened on its own (no folder open in the client) still gets every feature.
     */
    public void adoptFolderOf(URI file, CancelIndicator cancelIndicator) {
        URI folder = file.trimSegments(1);
        WorkspaceFolder added = new WorkspaceFolder(uris.toUriString(folder), folder.lastSegment());
        WorkspaceFoldersChangeEvent event = new WorkspaceFoldersChangeEvent(List.of(added), List.of());
        didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(event), cancelIndicator);
    }

    /** The workspace's model files, from the index. */
    public List<URI> indexedFiles() {
        List<URI> result = new ArrayList<>();
        for (IResourceDescription description : getIndex().getAllResourceDescriptions()) {
            result.add(description.getURI());
        }
        return result;
    }

    /** The editor content of an open document. */
    public Optional<String> openDocumentText(URI uri) {
        Document document = getOpenDocuments().get(uri);
        return document == null ? Optional.empty() : Optional.of(document.getContents());
    }

    /** The open documents (editor content and version); call it inside a request. */
    public Map<URI, Document> openDocuments() {
        return Map.copyOf(getOpenDocuments());
    }

    @Override
    public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
        LanguageLoading.await(); // reading may load a resource, which needs its language's factory
        Object pair;
        try {
            pair = isInWorkspace(uri.trimFragment()) ? read(uri) : null;
        } catch (RuntimeException e) {
            pair = null; // e.g. a file of the workspace that does not exist and is not open
        }
        if (pair == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown document " + uri + ": open it first or check the URI", null));
        }
        return super.doRead(uri, work);
    }
}
