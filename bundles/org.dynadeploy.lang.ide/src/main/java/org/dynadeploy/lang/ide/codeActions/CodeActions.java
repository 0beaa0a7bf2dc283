package org.dynadeploy.lang.ide.codeActions;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Builds quick-fix code actions the same way for every fix. */
final class CodeActions {

    private CodeActions() {
    }

    static CodeAction quickFix(String title, Diagnostic diagnostic, WorkspaceEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(edit);
        return action;
    }

    /** A quick fix the client may apply without asking (the one obvious fix, e.g. a typo). */
    static CodeAction preferred(String title, Diagnostic diagnostic, WorkspaceEdit edit) {
        CodeAction action = quickFix(title, diagnostic, edit);
        action.setIsPreferred(true);
        return action;
    }
}
