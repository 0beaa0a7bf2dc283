package org.dynadeploy.languageserver.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Logger;
import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;

/**
 * Writes a command's result files. A file open in the editor is changed through the client
 * (workspace/applyEdit), so the user sees it and can undo; any other file is written directly
 * (atomically) and the workspace is told to rebuild it, so hovers and diagnostics see the result.
 */
final class ResultFiles {

    private static final Logger LOG = Logger.getLogger(ResultFiles.class);

    private final ILanguageServerAccess access;
    private final IRequestManager requests;
    private final DynaDeployWorkspaceManager workspace;
    private final UriExtensions uris;

    ResultFiles(ILanguageServerAccess access, IRequestManager requests, DynaDeployWorkspaceManager workspace, UriExtensions uris) {
        this.access = access;
        this.requests = requests;
        this.workspace = workspace;
        this.uris = uris;
    }

    /** Writes a model file; returns its URI as the client writes URIs. */
    String write(URI uri, String text, String openText) throws IOException {
        String uriString = uris.toUriString(uri);
        if (openText != null && clientAppliesEdits() && applyThroughClient(uriString, openText, text)) {
            return uriString;
        }
        writeAtomically(Path.of(uri.toFileString()), text);
        if (workspace.isInWorkspace(uri) && openText == null) {
            requests.runWrite(() -> workspace.didChangeFiles(List.of(uri), List.of()), (cancel, build) -> build.build(cancel));
        }
        return uriString;
    }

    private boolean clientAppliesEdits() {
        ClientCapabilities capabilities = access.getInitializeParams() == null ? null : access.getInitializeParams().getCapabilities();
        return capabilities != null && capabilities.getWorkspace() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getApplyEdit()) && access.getLanguageClient() != null;
    }

    private boolean applyThroughClient(String uri, String openText, String text) {
        Document open = new Document(0, openText);
        TextEdit replaceAll = new TextEdit(new Range(open.getPosition(0), open.getPosition(openText.length())), text);
        ApplyWorkspaceEditParams params = new ApplyWorkspaceEditParams(new WorkspaceEdit(Map.of(uri, List.of(replaceAll))),
                "DynaDeploy result");
        try {
            ApplyWorkspaceEditResponse response = access.getLanguageClient().applyEdit(params).get(30, TimeUnit.SECONDS);
            return response != null && response.isApplied();
        } catch (Exception e) {
            LOG.warn("the client did not apply the edit of " + uri + ", writing the file instead: " + e);
            return false;
        }
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
