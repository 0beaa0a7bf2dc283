package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fix tests: open files, ask for the code actions of the published diagnostics of one
 * issue code, and apply a chosen action's edit to see the fixed text.
 */
abstract class QuickFixTestBase extends LanguageServerTestBase {

    protected QuickFixTestBase(String fileExtension) {
        super(fileExtension);
    }

    /** Writes and announces every file, then opens the first; returns the URIs by name. */
    protected Map<String, String> workspace(Map<String, String> files, String open) {
        initialize();
        Map<String, String> uris = new java.util.TreeMap<>();
        files.forEach((name, text) -> uris.put(name, writeFile(name, text)));
        didCreateWatchedFiles(uris.values().toArray(String[]::new));
        open(uris.get(open), files.get(open));
        return uris;
    }

    protected List<CodeAction> actionsFor(String uri, String code) throws InterruptedException, ExecutionException {
        List<Diagnostic> diagnostics = diagnosticsOf(uri).stream().filter(d -> code.equals(codeOf(d))).toList();
        assertTrue(!diagnostics.isEmpty(), "no " + code + " diagnostic in " + diagnosticsOf(uri));
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostics.get(0).getRange(),
                new CodeActionContext(diagnostics));
        return languageServer.codeAction(params).get().stream().map(Either<Command, CodeAction>::getRight).toList();
    }

    protected static CodeAction titled(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no action '" + title + "' in " + actions.stream().map(CodeAction::getTitle).toList()));
    }

    /** The text of a file after the action's edit. */
    protected static String applied(CodeAction action, String uri, String text) {
        Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
        return apply(text, changes.getOrDefault(uri, List.of()));
    }
}
