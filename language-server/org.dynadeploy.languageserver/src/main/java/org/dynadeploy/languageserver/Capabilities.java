package org.dynadeploy.languageserver;

import java.util.List;
import java.util.Optional;

import org.dynadeploy.lang.ide.commands.CommandIds;
import org.dynadeploy.languageserver.diagram.DiagramCommands;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the server offers. Every DynaDeploy language has the same services, so this is fixed and
 * known before any language is set up (Xtext derives it from the set-up languages, which would
 * keep 'initialize' waiting for them). Signature help is left out: no language has calls with
 * positional signatures.
 */
final class Capabilities {

    /** Characters that usually start something completion can help with in our languages. */
    static final List<String> COMPLETION_TRIGGERS = List.of("(", ":", ",");

    private Capabilities() {
    }

    static ServerCapabilities of(InitializeParams params, SemanticTokensLegend legend) {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentRangeFormattingProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setCodeActionProvider(true);
        capabilities.setCodeLensProvider(new CodeLensOptions(false));
        CompletionOptions completion = new CompletionOptions(false, COMPLETION_TRIGGERS);
        capabilities.setCompletionProvider(completion);
        SemanticTokensWithRegistrationOptions semanticTokens = new SemanticTokensWithRegistrationOptions(legend);
        semanticTokens.setFull(true);
        semanticTokens.setRange(false);
        capabilities.setSemanticTokensProvider(semanticTokens);
        List<String> commands = new java.util.ArrayList<>(CommandIds.ALL);
        commands.addAll(DiagramCommands.ALL);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(commands));
        if (clientPreparesRenames(params)) {
            RenameOptions rename = new RenameOptions();
            rename.setPrepareProvider(true);
            capabilities.setRenameProvider(Either.forRight(rename));
        } else {
            capabilities.setRenameProvider(Either.forLeft(true));
        }
        if (workspace(params).map(WorkspaceClientCapabilities::getWorkspaceFolders).orElse(false)) {
            WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
            folders.setSupported(true);
            folders.setChangeNotifications(true);
            capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
        }
        return capabilities;
    }

    private static boolean clientPreparesRenames(InitializeParams params) {
        return Optional.ofNullable(params.getCapabilities()).map(ClientCapabilities::getTextDocument)
                .map(TextDocumentClientCapabilities::getRename).map(r -> Boolean.TRUE.equals(r.getPrepareSupport()))
                .orElse(false);
    }

    private static Optional<WorkspaceClientCapabilities> workspace(InitializeParams params) {
        return Optional.ofNullable(params.getCapabilities()).map(ClientCapabilities::getWorkspace);
    }
}
