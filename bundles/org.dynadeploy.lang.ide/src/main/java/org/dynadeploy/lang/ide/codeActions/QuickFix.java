package org.dynadeploy.lang.ide.codeActions;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/** One kind of fix for diagnostics of some issue codes. */
public interface QuickFix {

    /** The fixes for a diagnostic of the document of {@code context}; empty when none applies. */
    List<CodeAction> fixes(FixContext context, Diagnostic diagnostic);
}
