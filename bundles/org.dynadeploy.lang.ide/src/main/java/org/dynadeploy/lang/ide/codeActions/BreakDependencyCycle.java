package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.SourceText;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Service;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Breaks a dependsOn cycle at the edge the validator reports: either drop the dependency, or keep
 * the connection without its activation order by moving it to connectsTo (what Disnix offers for
 * services that call each other).
 */
public class BreakDependencyCycle implements QuickFix {

    @Override
    public List<CodeAction> fixes(FixContext context, Diagnostic diagnostic) {
        EObject element = context.elementAt(diagnostic);
        if (!(element instanceof Service service)) {
            return List.of();
        }
        int start = context.startOffset(diagnostic);
        DependsOnClause clause = DependsOnClause.around(service, start);
        if (clause == null) {
            return List.of();
        }
        SourceText source = context.source();
        INode reference = clause.reference();
        String dependency = NodeModelUtils.getTokenText(reference);
        String edge = "'" + service.getName() + " -> " + dependency + "'";
        Edit removal = clause.isOnlyEntry()
                ? source.removeStatement(clause.keyword().getOffset(), reference.getEndOffset())
                : source.removeListElement(reference.getOffset(), reference.getEndOffset());
        List<CodeAction> result = new ArrayList<>();
        result.add(CodeActions.quickFix("Remove dependency " + edge, diagnostic,
                context.editOfThisDocument(List.of(removal))));
        result.add(CodeActions.quickFix("Turn " + edge + " into connectsTo (no activation order)", diagnostic,
                context.editOfThisDocument(toConnectsTo(service, clause, dependency, removal, source))));
        return result;
    }

    private static List<Edit> toConnectsTo(Service service, DependsOnClause clause, String dependency, Edit removal,
            SourceText source) {
        List<INode> connects = NodeModelUtils.findNodesForFeature(service, ModelPackage.Literals.SERVICE__CONNECTS_TO);
        if (!connects.isEmpty()) {
            INode last = connects.get(connects.size() - 1);
            return List.of(removal, Edit.insert(last.getEndOffset(), ", " + dependency));
        }
        if (clause.isOnlyEntry()) {
            INode keyword = clause.keyword();
            return List.of(Edit.replace(keyword.getOffset(), keyword.getEndOffset(), "connectsTo"));
        }
        String indentation = source.indentationAt(clause.keyword().getOffset());
        return List.of(removal, Edit.insert(clause.end(), "\n" + indentation + "connectsTo " + dependency));
    }
}
