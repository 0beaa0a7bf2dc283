package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

/** The palette: a service and the two kinds of edges in the architecture diagram; nothing to create elsewhere. */
public class DynaDeployToolPalette implements ToolPaletteItemProvider {

    @Inject
    @DiagramType
    protected String diagramType;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> result = new ArrayList<>();
        if (!DiagramTypes.ARCHITECTURE.equals(diagramType)) {
            return result;
        }
        List<PaletteItem> nodes = new ArrayList<>(List.of(
                new PaletteItem("create-service", "Service", new TriggerNodeCreationAction(ElementTypes.SERVICE))));
        List<PaletteItem> edges = new ArrayList<>(List.of(
                new PaletteItem("create-dependsOn", "Depends on", new TriggerEdgeCreationAction(ElementTypes.DEPENDS_ON)),
                new PaletteItem("create-connectsTo", "Connects to", new TriggerEdgeCreationAction(ElementTypes.CONNECTS_TO))));
        result.add(PaletteItem.createPaletteGroup("services", "Services", nodes, "symbol-class", "A"));
        result.add(PaletteItem.createPaletteGroup("references", "References", edges, "symbol-reference", "B"));
        return result;
    }
}
