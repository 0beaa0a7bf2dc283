package org.dynadeploy.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Reading the Xtext node model: where an object's text is, its tokens, keywords and references. */
final class Nodes {

    private Nodes() {
    }

    static ICompositeNode node(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        if (node == null) {
            throw new IllegalStateException("no text for " + object.eClass().getName() + " (not parsed from a file)");
        }
        return node;
    }

    /** The visible tokens (no whitespace, no comments) of an object, in text order. */
    static List<ILeafNode> tokens(EObject object) {
        List<ILeafNode> result = new ArrayList<>();
        for (ILeafNode leaf : node(object).getLeafNodes()) {
            if (!leaf.isHidden()) {
                result.add(leaf);
            }
        }
        return result;
    }

    static boolean isKeyword(INode leaf, String keyword) {
        return leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword);
    }

    static boolean isCrossReference(INode node) {
        return node.getGrammarElement() instanceof CrossReference
                || node.getGrammarElement() != null && node.getGrammarElement().eContainer() instanceof CrossReference;
    }

    /** The first visible token of a feature's text, e.g. the name of a service. */
    static INode featureNode(EObject object, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        if (nodes.isEmpty()) {
            throw new IllegalStateException("no text for " + feature.getName() + " of " + object.eClass().getName());
        }
        return nodes.get(0);
    }

    /** The closing brace of a block ({@code group}, {@code service}, {@code target}). */
    static ILeafNode closingBrace(EObject object) {
        List<ILeafNode> tokens = tokens(object);
        ILeafNode last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last == null || !"}".equals(last.getText())) {
            throw new IllegalStateException("the block has no closing brace");
        }
        return last;
    }

    /** The opening brace of a block: the first '{' token that belongs to the object itself. */
    static ILeafNode openingBrace(EObject object) {
        for (ILeafNode token : tokens(object)) {
            if ("{".equals(token.getText()) && token.getSemanticElement() == object) {
                return token;
            }
        }
        throw new IllegalStateException("the block has no opening brace");
    }

    /** The text of a name token as the model holds it (quotes and escapes removed). */
    static String nameValue(String token) {
        if (token.length() >= 2 && (token.startsWith("\"") || token.startsWith("'"))) {
            StringBuilder result = new StringBuilder();
            for (int i = 1; i < token.length() - 1; i++) {
                char c = token.charAt(i);
                if (c == '\\' && i + 1 < token.length() - 1) {
                    char n = token.charAt(++i);
                    result.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> n;
                    });
                } else {
                    result.append(c);
                }
            }
            return result.toString();
        }
        return token.startsWith("^") ? token.substring(1) : token;
    }
}
