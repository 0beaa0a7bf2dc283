package org.dynadeploy.languageserver.workspace;

import java.util.ArrayList;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * Xtext reads the workspace folders of 'initialize' only if the client declares folder support,
 * and otherwise the root URI, failing when there is none. Here folders are used whenever they are
 * given, and a client with neither folders nor root (a single file opened) gets an empty
 * workspace instead of a crash.
 */
public final class WorkspaceRoots {

    private WorkspaceRoots() {
    }

    public static void normalize(InitializeParams params) {
        boolean hasFolders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
        @SuppressWarnings("deprecation")
        boolean hasRoot = params.getRootUri() != null || params.getRootPath() != null;
        if (!hasFolders && hasRoot) {
            return;
        }
        if (params.getCapabilities() == null) {
            params.setCapabilities(new ClientCapabilities());
        }
        if (params.getCapabilities().getWorkspace() == null) {
            params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
        }
        params.getCapabilities().getWorkspace().setWorkspaceFolders(true);
        if (params.getWorkspaceFolders() == null) {
            params.setWorkspaceFolders(new ArrayList<>());
        }
    }
}
