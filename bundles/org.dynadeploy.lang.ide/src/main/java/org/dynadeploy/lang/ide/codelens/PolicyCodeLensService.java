package org.dynadeploy.lang.ide.codelens;

import java.util.List;

import org.dynadeploy.lang.ide.commands.CommandIds;
import org.dynadeploy.model.Policy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * "Plan", "Assign ids" and "Generate docs" above every policy: the three things one does with a
 * policy, one click away. The lenses only name commands; the server runs them.
 */
public class PolicyCodeLensService implements ICodeLensService {

    @Override
    public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
            CancelIndicator indicator) {
        if (document == null || resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Policy policy) || policy.getName() == null) {
            return List.of();
        }
        Range range = rangeOf(document, policy);
        if (range == null) {
            return List.of();
        }
        String uri = params.getTextDocument().getUri();
        List<Object> arguments = List.of(uri, policy.getName());
        return List.of(
                new CodeLens(range, new Command("Plan", CommandIds.PLAN, arguments), null),
                new CodeLens(range, new Command("Assign ids", CommandIds.ASSIGN_IDS, arguments), null),
                new CodeLens(range, new Command("Generate docs", CommandIds.GENERATE_DOCS, arguments), null));
    }

    /** The 'policy name {' line: clients show lenses above the line their range starts on. */
    private static Range rangeOf(Document document, EObject policy) {
        ICompositeNode node = NodeModelUtils.getNode(policy);
        if (node == null) {
            return null;
        }
        int start = node.getOffset();
        int lineEnd = document.getContents().indexOf('\n', start);
        int end = lineEnd < 0 ? document.getContents().length() : lineEnd;
        return new Range(document.getPosition(start), document.getPosition(end));
    }
}
