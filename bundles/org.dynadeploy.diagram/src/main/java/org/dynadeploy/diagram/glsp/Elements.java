package org.dynadeploy.diagram.glsp;

import java.util.Optional;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.model.GModelState;

/**
 * Finding what a client id means in the diagram the session shows last: the node a label or
 * compartment belongs to, the model names a node stands for (from its args, never by parsing ids).
 */
final class Elements {

    private final GModelState state;

    Elements(GModelState state) {
        this.state = state;
    }

    Optional<GModelElement> find(String id) {
        if (id == null || state.getRoot() == null) {
            return Optional.empty();
        }
        return state.getIndex().get(id);
    }

    GModelElement get(String id) {
        return find(id).orElseThrow(() -> new DiagramEditException("The diagram has no element '" + id
                + "' (any more); it has been refreshed."));
    }

    /** The node (or edge, or root) an element belongs to: labels and compartments belong to their node. */
    GModelElement owner(GModelElement element) {
        GModelElement current = element;
        while (current instanceof GLabel || current instanceof GCompartment) {
            current = current.getParent();
        }
        return current;
    }

    GModelElement ownerOf(String id) {
        return owner(get(id));
    }

    /** The node or root a container id stands for (a compartment stands for its node). */
    GModelElement container(String id) {
        if (id == null) {
            return state.getRoot();
        }
        return find(id).map(this::owner).orElse(state.getRoot());
    }

    static boolean is(GModelElement element, String type) {
        return element != null && type.equals(element.getType());
    }

    static String arg(GModelElement element, String key) {
        Object value = element.getArgs().get(key);
        if (value == null) {
            throw new DiagramEditException("The element '" + element.getId() + "' has no " + key + ".");
        }
        return value.toString();
    }

    /** The service name of a service node (or of a label of it). */
    String serviceName(String id, String what) {
        GModelElement element = ownerOf(id);
        if (!is(element, ElementTypes.SERVICE)) {
            throw new DiagramEditException(what + " must be a service, not " + describe(element) + ".");
        }
        return arg(element, "name");
    }

    /** The group path a node or root stands for ("" for the root). */
    static String groupPath(GModelElement container) {
        if (container instanceof GGraph || container == null) {
            return "";
        }
        if (is(container, ElementTypes.GROUP)) {
            return arg(container, "path");
        }
        throw new DiagramEditException("Services go into groups, not into " + describe(container) + ".");
    }

    static String describe(GModelElement element) {
        if (element == null) {
            return "nothing";
        }
        if (element instanceof GGraph) {
            return "the diagram";
        }
        if (element instanceof GEdge) {
            return "an edge";
        }
        if (element instanceof GNode) {
            String type = element.getType();
            String kind = type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
            Object name = element.getArgs().get("name");
            if (name == null) {
                name = element.getArgs().get("service");
            }
            return kind + (name == null ? "" : " '" + name + "'");
        }
        return element.getType();
    }
}
