package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do with which element type (type hints), per diagram type. The server
 * computes every size and position, so the client runs no layout of its own.
 */
public class DynaDeployDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        switch (diagramType) {
            case DiagramTypes.ARCHITECTURE -> {
                List<String> services = List.of(ElementTypes.SERVICE);
                hints.add(new ShapeTypeHint(ElementTypes.GRAPH, false, false, false, false, services));
                hints.add(new ShapeTypeHint(ElementTypes.GROUP, true, true, false, false, services));
                hints.add(new ShapeTypeHint(ElementTypes.GROUP_COMPARTMENT, false, false, false, false, services));
                hints.add(new ShapeTypeHint(ElementTypes.SERVICE, true, true, false, true));
            }
            case DiagramTypes.DEPLOYMENT -> {
                List<String> deployed = List.of(ElementTypes.DEPLOYED);
                hints.add(new ShapeTypeHint(ElementTypes.TARGET, true, false, false, false, deployed));
                hints.add(new ShapeTypeHint(ElementTypes.TARGET_COMPARTMENT, false, false, false, false, deployed));
                hints.add(new ShapeTypeHint(ElementTypes.CONTAINER, true, false, false, false, deployed));
                hints.add(new ShapeTypeHint(ElementTypes.DEPLOYED, true, true, false, true));
            }
            default -> {
                hints.add(new ShapeTypeHint(ElementTypes.TARGET, true, false, false, false));
                hints.add(new ShapeTypeHint(ElementTypes.CONTAINER, true, false, false, false));
            }
        }
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        if (!DiagramTypes.ARCHITECTURE.equals(diagramType)) {
            return new ArrayList<>();
        }
        List<String> services = List.of(ElementTypes.SERVICE);
        return new ArrayList<>(List.of(
                new EdgeTypeHint(ElementTypes.DEPENDS_ON, true, true, true, services, services),
                new EdgeTypeHint(ElementTypes.CONNECTS_TO, true, true, true, services, services)));
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return true;
    }
}
