package org.dynadeploy.lang.ide.codeActions;

import java.util.List;

import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Service;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * One 'dependsOn a, b' clause of a service, found from the node of one of its references. A
 * service may write several dependsOn clauses; the references of one are separated by commas only.
 */
record DependsOnClause(INode keyword, List<INode> references, INode reference) {

    /** The clause holding the dependsOn reference that starts at {@code offset}, or null. */
    static DependsOnClause around(Service service, int offset) {
        List<INode> all = NodeModelUtils.findNodesForFeature(service, ModelPackage.Literals.SERVICE__DEPENDS_ON);
        String text = NodeModelUtils.getNode(service).getRootNode().getText();
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getOffset() <= offset && offset < Math.max(all.get(i).getEndOffset(), all.get(i).getOffset() + 1)) {
                index = i;
            }
        }
        if (index < 0) {
            return null;
        }
        int first = index;
        while (first > 0 && separatedByComma(text, all.get(first - 1), all.get(first))) {
            first--;
        }
        int last = index;
        while (last < all.size() - 1 && separatedByComma(text, all.get(last), all.get(last + 1))) {
            last++;
        }
        INode keyword = keywordBefore(all.get(first));
        return keyword == null ? null : new DependsOnClause(keyword, all.subList(first, last + 1), all.get(index));
    }

    private static boolean separatedByComma(String text, INode left, INode right) {
        return text.substring(left.getEndOffset(), right.getOffset()).strip().equals(",");
    }

    private static INode keywordBefore(INode node) {
        ILeafNode leaf = null;
        for (ILeafNode candidate : NodeModelUtils.getNode(NodeModelUtils.findActualSemanticObjectFor(node)).getLeafNodes()) {
            if (candidate.getOffset() >= node.getOffset()) {
                break;
            }
            if (!candidate.isHidden()) {
                leaf = candidate;
            }
        }
        return leaf != null && leaf.getGrammarElement() instanceof Keyword k && "dependsOn".equals(k.getValue()) ? leaf : null;
    }

    boolean isOnlyEntry() {
        return references.size() == 1;
    }

    /** Where the clause's last reference ends. */
    int end() {
        return references.get(references.size() - 1).getEndOffset();
    }
}
