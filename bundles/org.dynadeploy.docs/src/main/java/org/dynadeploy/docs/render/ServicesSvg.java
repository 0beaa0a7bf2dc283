package org.dynadeploy.docs.render;

import java.util.List;

import org.dynadeploy.docs.layer.EdgeKind;
import org.dynadeploy.docs.layout.DiagramLayout.Box;
import org.dynadeploy.docs.layout.DiagramLayout.Point;
import org.dynadeploy.docs.layout.TextMetrics;

/**
 * Writes a placed layer diagram as SVG: title, edges (solid dependsOn, dashed connectsTo), nodes
 * as links (dashed boxes for groups, grey for services outside the group, double border for
 * container providers), and the legend. Edges are drawn first so boxes sit on top of them.
 */
public final class ServicesSvg {

    private final DiagramStyle style;

    public ServicesSvg(DiagramStyle style) {
        this.style = style;
    }

    /** {@code standalone}: a file of its own (with XML declaration) rather than inline in a page. */
    public String write(PlacedDiagram diagram, boolean standalone) {
        Legend legend = new Legend(diagram.anyProvides(), style);
        DiagramFrame frame = DiagramFrame.of(diagram, legend, style);
        SvgBuilder svg = new SvgBuilder().open(frame.width(), frame.height(), diagram.title() + " \u2014 " + diagram.subtitle(), standalone);
        svg.text(style.margin(), frame.titleBaseline(), diagram.title(), style.titleSize(), style.textFill(), "start");
        svg.text(style.margin(), frame.subtitleBaseline(), diagram.subtitle(), style.detailSize(), style.detailFill(), "start");
        double ox = frame.graphX();
        double oy = frame.graphY();
        double noteBaseline = oy + 20;
        for (String line : DiagramFrame.note(diagram)) {
            svg.text(ox, noteBaseline, line, style.nameSize(), style.detailFill(), "start");
            noteBaseline += 18;
        }
        svg.group("dd-edges");
        for (PlacedDiagram.PlacedEdge edge : diagram.edges()) {
            svg.group("dd-edge", "from", edge.edge().from(), "to", edge.edge().to(), "kind", edge.edge().kind().keyword());
            List<Point> points = edge.points().stream().map(p -> new Point(p.x() + ox, p.y() + oy)).toList();
            Arrows.draw(svg, points, style.edgeStroke(), edge.edge().kind() == EdgeKind.CONNECTS_TO ? style.edgeDash() : null);
            svg.end();
        }
        svg.end();
        svg.group("dd-nodes");
        for (PlacedDiagram.PlacedNode node : diagram.nodes()) {
            drawNode(svg, node, ox, oy);
        }
        svg.end();
        legend.draw(svg, style.margin(), frame.legendY());
        return svg.close();
    }

    private void drawNode(SvgBuilder svg, PlacedDiagram.PlacedNode placed, double ox, double oy) {
        Box box = placed.box();
        double x = box.x() + ox;
        double y = box.y() + oy;
        boolean group = placed.node().isGroup();
        svg.group(group ? "dd-node dd-group" : "dd-node dd-service", "node", placed.node().id());
        svg.link(placed.href(), placed.tooltip());
        String fill = group ? style.groupFill() : placed.node().context() ? style.contextFill() : style.nodeFill();
        String stroke = placed.node().context() ? style.contextStroke() : style.stroke();
        svg.rect(x, y, box.width(), box.height(), fill, stroke, group ? style.dash() : null, 4);
        if (placed.provides()) {
            svg.rect(x + 3, y + 3, box.width() - 6, box.height() - 6, "none", stroke, null, 3);
        }
        TextMetrics metrics = TextMetrics.get();
        double lineTop = y + style.nodePadY();
        for (NodeLabels.Line line : placed.lines()) {
            svg.text(x + box.width() / 2, lineTop + metrics.ascent(line.size()), line.text(), line.size(),
                    line.emphasis() ? style.textFill() : style.detailFill(), "middle");
            lineTop += metrics.lineHeight(line.size());
        }
        svg.endLink();
        svg.end();
    }
}
