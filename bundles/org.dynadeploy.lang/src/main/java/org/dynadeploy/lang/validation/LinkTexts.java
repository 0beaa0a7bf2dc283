package org.dynadeploy.lang.validation;

import org.dynadeploy.model.Named;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The name a single-valued cross-reference is written with: the referenced element's name when it
 * resolves, else the text in the file, so rules about names work on unresolved references too.
 */
final class LinkTexts {

    private LinkTexts() {
    }

    static String of(EObject owner, EReference reference) {
        Object value = owner.eGet(reference, true);
        if (value instanceof Named named && !((EObject) value).eIsProxy() && named.getName() != null) {
            return named.getName();
        }
        StringBuilder text = new StringBuilder();
        for (INode node : NodeModelUtils.findNodesForFeature(owner, reference)) {
            text.append(NodeModelUtils.getTokenText(node));
        }
        String written = text.toString();
        // A quoted name is written "x" in the file.
        return written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")
                ? written.substring(1, written.length() - 1) : written;
    }
}
