package org.dynadeploy.lang.ide.text;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Source text of model elements, as written: references without resolving them, values with their syntax. */
public final class SourceOf {

    private SourceOf() {
    }

    /** The text of an element (e.g. a property's value: {@code ["a", "b"]}, {@code env("X")}). */
    public static String element(EObject element) {
        INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /** The text written for a single-valued feature (e.g. the service name of a mapping), or "". */
    public static String feature(EObject owner, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
    }

    /** A written name without the quotes or escape a name may need in source. */
    public static String unquoted(String written) {
        if (written.length() >= 2 && (written.startsWith("\"") && written.endsWith("\"")
                || written.startsWith("'") && written.endsWith("'"))) {
            return written.substring(1, written.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return written.startsWith("^") ? written.substring(1) : written;
    }
}
