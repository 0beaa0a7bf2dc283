package org.dynadeploy.docs.render;

import java.util.List;

import org.dynadeploy.docs.layer.LayerEdge;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layout.DiagramLayout.Box;
import org.dynadeploy.docs.layout.DiagramLayout.Point;

/**
 * A layer diagram after layout, ready to draw in any raster or vector form: graph coordinates
 * (origin at the graph's top-left), node labels, link targets and tooltips. {@code omitted} is
 * the number of nodes of a layer too large to draw (then there are no nodes or edges).
 */
public record PlacedDiagram(String title, String subtitle, double width, double height,
        List<PlacedNode> nodes, List<PlacedEdge> edges, boolean anyProvides, int omitted) {

    /** A node with its box, label lines, link (relative to the diagram's directory) and tooltip. */
    public record PlacedNode(LayerNode node, Box box, List<NodeLabels.Line> lines, String href, String tooltip,
            boolean provides) {
    }

    /** An edge with its route. */
    public record PlacedEdge(LayerEdge edge, List<Point> points) {
    }
}
