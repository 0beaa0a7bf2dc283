package org.dynadeploy.docs.render;

import org.dynadeploy.docs.layout.DiagramLayout.Box;

/**
 * Keeps nodes clickable when the diagram is a PNG: an HTML image map with one rectangle per
 * node, placed through the same {@link DiagramFrame} as the SVG the PNG was rendered from.
 */
public final class ImageMap {

    private ImageMap() {
    }

    /** The {@code <map>} element (XHTML-compatible), links relative to the page's directory. */
    public static String write(String mapName, PlacedDiagram diagram, DiagramStyle style) {
        DiagramFrame frame = DiagramFrame.of(diagram, new Legend(diagram.anyProvides(), style), style);
        StringBuilder out = new StringBuilder();
        out.append("<map name=\"").append(Escape.xml(mapName)).append("\" id=\"").append(Escape.xml(mapName)).append("\">\n");
        for (PlacedDiagram.PlacedNode node : diagram.nodes()) {
            Box box = node.box();
            long x1 = Math.round(box.x() + frame.graphX());
            long y1 = Math.round(box.y() + frame.graphY());
            out.append("<area shape=\"rect\" coords=\"").append(x1).append(',').append(y1).append(',')
                    .append(x1 + Math.round(box.width())).append(',').append(y1 + Math.round(box.height()))
                    .append("\" href=\"").append(Escape.xml(node.href())).append("\" alt=\"")
                    .append(Escape.xml(node.node().isGroup() ? "group " + node.node().path() : node.node().name()))
                    .append("\" title=\"").append(Escape.xml(node.tooltip())).append("\"/>\n");
        }
        return out.append("</map>\n").toString();
    }

    /** The image's size, as the PNG renders it. */
    public static DiagramFrame frame(PlacedDiagram diagram, DiagramStyle style) {
        return DiagramFrame.of(diagram, new Legend(diagram.anyProvides(), style), style);
    }
}
