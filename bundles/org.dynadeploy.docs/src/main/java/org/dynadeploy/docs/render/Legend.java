package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.docs.layout.DiagramLayout.Point;
import org.dynadeploy.docs.layout.TextMetrics;

/**
 * The key drawn under every services diagram: what a plain box, a grey box, a dashed box, a
 * solid and a dashed arrow mean (and a double box when a service provides a container).
 */
public final class Legend {

    private enum Sample { BOX, CONTEXT_BOX, GROUP_BOX, DOUBLE_BOX, SOLID_ARROW, DASHED_ARROW }

    private record Entry(Sample sample, String label) {
    }

    private static final double SAMPLE_WIDTH = 28;
    private static final double SAMPLE_HEIGHT = 14;
    private static final double GAP = 6;
    private static final double ENTRY_GAP = 16;

    private final List<Entry> entries = new ArrayList<>();
    private final DiagramStyle style;

    public Legend(boolean withProvides, DiagramStyle style) {
        this.style = style;
        entries.add(new Entry(Sample.BOX, "service"));
        entries.add(new Entry(Sample.CONTEXT_BOX, "service outside this group"));
        entries.add(new Entry(Sample.GROUP_BOX, "group (opens its page)"));
        if (withProvides) {
            entries.add(new Entry(Sample.DOUBLE_BOX, "provides a container"));
        }
        entries.add(new Entry(Sample.SOLID_ARROW, "depends on"));
        entries.add(new Entry(Sample.DASHED_ARROW, "connects to"));
    }

    public double width() {
        double width = 0;
        for (Entry entry : entries) {
            width += SAMPLE_WIDTH + GAP + TextMetrics.get().width(entry.label(), style.legendSize()) + ENTRY_GAP;
        }
        return Math.ceil(width - ENTRY_GAP);
    }

    public double height() {
        return Math.max(SAMPLE_HEIGHT, TextMetrics.get().lineHeight(style.legendSize()));
    }

    public void draw(SvgBuilder svg, double x, double y) {
        svg.group("dd-legend");
        double baseline = y + (height() + TextMetrics.get().ascent(style.legendSize()) * 0.75) / 2;
        double sampleY = y + (height() - SAMPLE_HEIGHT) / 2;
        for (Entry entry : entries) {
            drawSample(svg, entry.sample(), x, sampleY);
            svg.text(x + SAMPLE_WIDTH + GAP, baseline, entry.label(), style.legendSize(), style.detailFill(), "start");
            x += SAMPLE_WIDTH + GAP + TextMetrics.get().width(entry.label(), style.legendSize()) + ENTRY_GAP;
        }
        svg.end();
    }

    private void drawSample(SvgBuilder svg, Sample sample, double x, double y) {
        switch (sample) {
            case BOX -> svg.rect(x, y, SAMPLE_WIDTH, SAMPLE_HEIGHT, style.nodeFill(), style.stroke(), null, 3);
            case CONTEXT_BOX -> svg.rect(x, y, SAMPLE_WIDTH, SAMPLE_HEIGHT, style.contextFill(), style.contextStroke(), null, 3);
            case GROUP_BOX -> svg.rect(x, y, SAMPLE_WIDTH, SAMPLE_HEIGHT, style.groupFill(), style.stroke(), style.dash(), 3);
            case DOUBLE_BOX -> {
                svg.rect(x, y, SAMPLE_WIDTH, SAMPLE_HEIGHT, style.nodeFill(), style.stroke(), null, 3);
                svg.rect(x + 3, y + 3, SAMPLE_WIDTH - 6, SAMPLE_HEIGHT - 6, "none", style.stroke(), null, 2);
            }
            case SOLID_ARROW, DASHED_ARROW -> {
                double mid = y + SAMPLE_HEIGHT / 2;
                Arrows.draw(svg, List.of(new Point(x, mid), new Point(x + SAMPLE_WIDTH, mid)), style.edgeStroke(),
                        sample == Sample.DASHED_ARROW ? style.edgeDash() : null);
            }
        }
    }
}
