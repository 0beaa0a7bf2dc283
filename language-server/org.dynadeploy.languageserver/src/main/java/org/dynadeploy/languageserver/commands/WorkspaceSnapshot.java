package org.dynadeploy.languageserver.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.eclipse.emf.common.util.URI;

/**
 * The workspace's model files at one moment: their URIs (from the index) and the editor content
 * of the open ones. Taken inside a write request, where the open documents cannot change; the
 * files themselves are read later, outside the request queue.
 */
record WorkspaceSnapshot(List<URI> files, Map<URI, String> openTexts) {

    static WorkspaceSnapshot take(DynaDeployWorkspaceManager workspace) {
        workspace.buildPending();
        List<URI> files = workspace.indexedFiles();
        Map<URI, String> open = new HashMap<>();
        for (URI file : files) {
            workspace.openDocumentText(file).ifPresent(text -> open.put(file, text));
        }
        return new WorkspaceSnapshot(List.copyOf(files), Map.copyOf(open));
    }
}
