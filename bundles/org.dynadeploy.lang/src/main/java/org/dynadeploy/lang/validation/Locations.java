package org.dynadeploy.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where another declaration is, for messages: "line 4" in the same file, "a.services:4" elsewhere. */
final class Locations {

    private Locations() {
    }

    static String of(EObject declaration, EObject from) {
        Resource resource = declaration.eResource();
        ICompositeNode node = NodeModelUtils.getNode(declaration);
        String line = node == null ? "" : String.valueOf(node.getStartLine());
        if (resource != null && resource == from.eResource()) {
            return line.isEmpty() ? "in this file" : "on line " + line;
        }
        String file = resource == null ? "another file" : resource.getURI().lastSegment();
        return "in " + file + (line.isEmpty() ? "" : ":" + line);
    }
}
