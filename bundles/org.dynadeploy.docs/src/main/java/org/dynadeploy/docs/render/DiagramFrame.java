package org.dynadeploy.docs.render;

import java.util.List;

import org.dynadeploy.docs.layout.TextMetrics;

/**
 * Where the parts of a diagram image go: title and subtitle on top, the graph below them, the
 * legend at the bottom. SVG and the PNG image map both place things through this, so a click
 * area always lies on its node.
 */
public record DiagramFrame(double width, double height, double graphX, double graphY, double legendY,
        double titleBaseline, double subtitleBaseline) {

    public static DiagramFrame of(PlacedDiagram diagram, Legend legend, DiagramStyle style) {
        TextMetrics metrics = TextMetrics.get();
        double margin = style.margin();
        double titleBaseline = margin + metrics.ascent(style.titleSize());
        double subtitleBaseline = titleBaseline + metrics.lineHeight(style.detailSize()) + 2;
        double graphY = subtitleBaseline + metrics.lineHeight(style.detailSize());
        // an empty or omitted diagram still has a line or two of explanation
        double graphHeight = Math.max(diagram.height(), diagram.nodes().isEmpty() ? 48 : 0);
        double legendY = graphY + graphHeight + 8;
        double note = 0;
        for (String line : note(diagram)) {
            note = Math.max(note, metrics.width(line, style.nameSize()));
        }
        double contentWidth = Math.max(Math.max(Math.max(diagram.width(), note), legend.width()),
                Math.max(metrics.width(diagram.title(), style.titleSize()), metrics.width(diagram.subtitle(), style.detailSize())));
        double width = Math.ceil(contentWidth + 2 * margin);
        double height = Math.ceil(legendY + legend.height() + margin);
        return new DiagramFrame(width, height, margin, graphY, legendY, titleBaseline, subtitleBaseline);
    }

    /** What an empty or undrawn diagram says instead, one line per entry. */
    public static List<String> note(PlacedDiagram diagram) {
        if (diagram.omitted() > 0) {
            return List.of(diagram.omitted() + " services and groups are too many to draw legibly; nest them in groups,",
                    "or see the tables of the page and the DOT and Mermaid exports.");
        }
        return diagram.nodes().isEmpty() ? List.of("This group has no services.") : List.of();
    }
}
