package org.dynadeploy.docs.render;

import org.dynadeploy.docs.layout.TextMetrics;

/** Writes a {@link BoxDiagram} as SVG: blocks with linked titles, compartments, linked items. */
public final class BoxSvg {

    private final DiagramStyle style;

    public BoxSvg(DiagramStyle style) {
        this.style = style;
    }

    public String write(BoxDiagram diagram, boolean standalone) {
        TextMetrics m = TextMetrics.get();
        double margin = style.margin();
        double titleBaseline = margin + m.ascent(style.titleSize());
        double subtitleBaseline = titleBaseline + m.lineHeight(style.detailSize()) + 2;
        double oy = subtitleBaseline + m.lineHeight(style.detailSize());
        double contentWidth = Math.max(diagram.width(), Math.max(m.width(diagram.title(), style.titleSize()),
                m.width(diagram.subtitle(), style.detailSize())));
        double width = Math.ceil(contentWidth + 2 * margin);
        double height = Math.ceil(oy + Math.max(diagram.height(), 24) + margin);
        SvgBuilder svg = new SvgBuilder().open(width, height, diagram.title() + " \u2014 " + diagram.subtitle(), standalone);
        svg.text(margin, titleBaseline, diagram.title(), style.titleSize(), style.textFill(), "start");
        svg.text(margin, subtitleBaseline, diagram.subtitle(), style.detailSize(), style.detailFill(), "start");
        if (diagram.blocks().isEmpty()) {
            svg.text(margin, oy + 16, "Nothing to show.", style.nameSize(), style.detailFill(), "start");
        }
        for (BoxDiagram.PlacedBlock placed : diagram.blocks()) {
            drawBlock(svg, placed, margin, oy, m);
        }
        return svg.close();
    }

    private void drawBlock(SvgBuilder svg, BoxDiagram.PlacedBlock placed, double ox, double oy, TextMetrics m) {
        BoxDiagram.Block block = placed.block();
        double x = placed.x() + ox;
        double y = placed.y() + oy;
        svg.group("dd-block", "name", block.title());
        svg.rect(x, y, placed.width(), placed.height(), "#fafafa", style.stroke(), null, 4);
        double line = y + BoxDiagram.PAD;
        if (block.href() != null) {
            svg.link(block.href(), block.tooltip());
        }
        svg.text(x + BoxDiagram.PAD, line + m.ascent(style.nameSize()), block.title(), style.nameSize(), style.textFill(), "start");
        if (block.href() != null) {
            svg.endLink();
        }
        line += m.lineHeight(style.nameSize());
        for (String detail : block.details()) {
            svg.text(x + BoxDiagram.PAD, line + m.ascent(style.detailSize()), detail, style.detailSize(), style.detailFill(), "start");
            line += m.lineHeight(style.detailSize());
        }
        for (int i = 0; i < block.compartments().size(); i++) {
            BoxDiagram.Compartment c = block.compartments().get(i);
            double[] r = placed.compartments().get(i);
            double cx = x + r[0];
            double cy = y + r[1];
            svg.group("dd-compartment", "name", c.title());
            svg.rect(cx, cy, r[2], r[3], "#ffffff", style.stroke(), c.dashed() ? style.dash() : null, 3);
            double cl = cy + BoxDiagram.PAD / 2;
            svg.text(cx + BoxDiagram.PAD, cl + m.ascent(style.detailSize()), c.title(), style.detailSize(), style.textFill(), "start");
            cl += m.lineHeight(style.detailSize()) + BoxDiagram.PAD / 2;
            for (BoxDiagram.Item item : c.items()) {
                if (item.href() != null) {
                    svg.link(item.href(), item.tooltip());
                }
                svg.text(cx + BoxDiagram.PAD, cl + m.ascent(style.detailSize()), item.text(), style.detailSize(),
                        item.href() != null ? "#1a4d8f" : style.detailFill(), "start");
                if (item.href() != null) {
                    svg.endLink();
                }
                cl += m.lineHeight(style.detailSize());
            }
            svg.end();
        }
        svg.end();
    }
}
