package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerEdge;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.docs.layout.DiagramLayout;
import org.dynadeploy.docs.layout.ElkLayouter;
import org.dynadeploy.docs.layout.LayoutOptions;
import org.dynadeploy.docs.layout.TextMetrics;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.SafePaths;
import org.dynadeploy.model.Service;

/**
 * Turns a layer into a placed diagram: measures each node's label with the bundled font, sizes
 * the boxes, lets ELK place them and route the edges, and attaches links (a service to its
 * entry on its own group's page, a group node to the group's page) relative to the directory
 * the diagram is written to.
 */
public final class LayerDiagram {

    private final Catalog catalog;
    private final LayoutOptions layoutOptions;
    private final DiagramStyle style;

    public LayerDiagram(Catalog catalog, LayoutOptions layoutOptions, DiagramStyle style) {
        this.catalog = catalog;
        this.layoutOptions = layoutOptions;
        this.style = style;
    }

    public PlacedDiagram place(Layer layer) {
        GroupTree.GroupInfo info = catalog.groups().get(layer.group());
        String subtitle = info.isRoot() ? "Services and top-level groups" : "Group " + info.path();
        if (layer.nodes().size() > layoutOptions.maxNodes()) {
            return new PlacedDiagram(info.title(), subtitle, 0, 0, List.of(), List.of(), false, layer.nodes().size());
        }
        String fromDir = SafePaths.dir(layer.group());
        TextMetrics metrics = TextMetrics.get();
        Map<String, Integer> groupNameCounts = new HashMap<>();
        for (LayerNode node : layer.nodes()) {
            if (node.isGroup()) groupNameCounts.merge(node.name(), 1, Integer::sum);
        }
        List<ElkLayouter.NodeSize> sizes = new ArrayList<>();
        List<List<NodeLabels.Line>> labels = new ArrayList<>();
        for (LayerNode node : layer.nodes()) {
            boolean ambiguous = node.isGroup() && groupNameCounts.get(node.name()) > 1;
            List<NodeLabels.Line> lines = NodeLabels.of(node, catalog.graph(), catalog.groups(), style, ambiguous);
            double width = style.minNodeWidth();
            double height = 2 * style.nodePadY();
            for (NodeLabels.Line line : lines) {
                width = Math.max(width, metrics.width(line.text(), line.size()) + 2 * style.nodePadX());
                height += metrics.lineHeight(line.size());
            }
            // whole pixels: boxes and their text then land on the same coordinates everywhere
            sizes.add(new ElkLayouter.NodeSize(node.id(), Math.ceil(width), Math.ceil(height)));
            labels.add(lines);
        }
        List<ElkLayouter.EdgeRef> edgeRefs = layer.edges().stream()
                .map(e -> new ElkLayouter.EdgeRef(e.from(), e.to())).toList();
        DiagramLayout layout = new ElkLayouter(layoutOptions).layout(sizes, edgeRefs);

        List<PlacedDiagram.PlacedNode> nodes = new ArrayList<>();
        boolean anyProvides = false;
        for (int i = 0; i < layer.nodes().size(); i++) {
            LayerNode node = layer.nodes().get(i);
            boolean provides = !node.isGroup()
                    && NodeLabels.providedContainers(catalog.graph().service(node.name())).isPresent();
            anyProvides |= provides;
            nodes.add(new PlacedDiagram.PlacedNode(node, layout.boxes().get(i), labels.get(i),
                    NodeLinks.href(catalog.graph(), node, fromDir), tooltip(node), provides));
        }
        List<PlacedDiagram.PlacedEdge> edges = new ArrayList<>();
        for (int i = 0; i < layer.edges().size(); i++) {
            LayerEdge edge = layer.edges().get(i);
            edges.add(new PlacedDiagram.PlacedEdge(edge, layout.routes().get(i).points()));
        }
        return new PlacedDiagram(info.title(), subtitle, layout.width(), layout.height(), nodes, edges, anyProvides, 0);
    }

    private String tooltip(LayerNode node) {
        ServiceGraph graph = catalog.graph();
        if (node.isGroup()) {
            GroupTree.GroupInfo info = catalog.groups().get(node.path());
            String text = "Group " + node.path() + (info.title().equals(info.name()) ? "" : ": " + info.title());
            return info.description().isEmpty() ? text : text + "\n" + info.description();
        }
        Service service = graph.service(node.name());
        StringBuilder text = new StringBuilder(node.name());
        if (service.getType() != null && !service.getType().isEmpty()) {
            text.append(" (").append(service.getType()).append(')');
        }
        if (node.context()) {
            text.append(", in ").append(node.path().isEmpty() ? "the root group" : "group " + node.path());
        }
        if (service.getDescription() != null && !service.getDescription().isEmpty()) {
            text.append('\n').append(service.getDescription());
        }
        return text.toString();
    }
}
