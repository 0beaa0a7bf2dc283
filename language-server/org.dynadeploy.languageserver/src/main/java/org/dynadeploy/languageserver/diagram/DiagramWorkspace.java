package org.dynadeploy.languageserver.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * What a {@link WorkspaceDiagramSource} needs of the language server: the documents open in the
 * editor, the languages, and the client to send edits to. {@link DiagramHosting} implements it
 * over the running server; tests can implement it on their own.
 */
public interface DiagramWorkspace {

    /** How the client can take workspace edits (from its 'initialize' capabilities). */
    record EditSupport(boolean applyEdit, boolean documentChanges, boolean createFiles, boolean deleteFiles) {

        public static final EditSupport NONE = new EditSupport(false, false, false, false);
    }

    /**
     * The open documents (editor content and version), read in order with the document changes
     * already received: a change notified before this call is in the answer.
     */
    CompletableFuture<Map<URI, Document>> openDocuments();

    /** The languages (resource service providers) of the server. */
    IResourceServiceProvider.Registry languages();

    EditSupport editSupport();

    /** Sends {@code workspace/applyEdit} to the client. */
    CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params);

    /** Tells the server that files were written or deleted directly (not through the client). */
    void filesWritten(List<URI> changed, List<URI> deleted);

    /** A file URI as the client writes it. */
    String toUriString(URI uri);
}
