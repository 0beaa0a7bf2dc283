package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Quick fixes for the diagnostics a client sends with a code action request, looked up by issue
 * code. Text edits are computed from the current document, so they apply to what the user sees.
 */
public class DynaDeployCodeActionService implements ICodeActionService2 {

    private static final Logger LOG = Logger.getLogger(DynaDeployCodeActionService.class);

    @Inject
    private QuickFixRegistry registry;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        CodeActionContext request = options.getCodeActionParams().getContext();
        if (request == null || request.getDiagnostics() == null || !wantsQuickFixes(request)) {
            return List.of();
        }
        return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
            if (!(context.getResource() instanceof XtextResource resource) || context.getDocument() == null) {
                return List.<Either<Command, CodeAction>>of();
            }
            FixContext fixContext = new FixContext(resource, context.getDocument(), options.getURI(),
                    options.getLanguageServerAccess());
            List<Either<Command, CodeAction>> result = new ArrayList<>();
            for (Diagnostic diagnostic : request.getDiagnostics()) {
                for (QuickFix fix : registry.fixesFor(DiagnosticData.code(diagnostic))) {
                    fixes(fix, fixContext, diagnostic).forEach(action -> result.add(Either.forRight(action)));
                }
            }
            return result;
        });
    }

    private static boolean wantsQuickFixes(CodeActionContext request) {
        return request.getOnly() == null || request.getOnly().isEmpty()
                || request.getOnly().stream().anyMatch(kind -> kind.equals(CodeActionKind.QuickFix)
                        || CodeActionKind.QuickFix.startsWith(kind + "."));
    }

    /** A fix that trips over a stale diagnostic (the text changed since) offers nothing rather than failing the request. */
    private static List<CodeAction> fixes(QuickFix fix, FixContext context, Diagnostic diagnostic) {
        try {
            return fix.fixes(context, diagnostic);
        } catch (RuntimeException e) {
            LOG.debug("quick fix " + fix.getClass().getSimpleName() + " failed for " + diagnostic.getMessage(), e);
            return List.of();
        }
    }
}
