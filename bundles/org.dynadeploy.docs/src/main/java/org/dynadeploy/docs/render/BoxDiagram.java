package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.docs.layout.TextMetrics;

/**
 * Nested boxes without edges: machines holding containers holding items (services, or
 * properties). Used for the deployment and infrastructure views, where ELK's edge-driven layout
 * has nothing to work with; blocks are placed left to right in their given (byte) order and
 * wrap into rows, so the result is stable and predictable.
 */
public final class BoxDiagram {

    /** A line inside a compartment; {@code href} may be null. */
    public record Item(String text, String href, String tooltip) {
    }

    /** A box inside a block (a container). */
    public record Compartment(String title, List<Item> items, boolean dashed) {
    }

    /** A top-level box (a target) with detail lines and compartments. */
    public record Block(String title, String href, String tooltip, List<String> details, List<Compartment> compartments) {
    }

    /** A block with its position and size, and its compartments' positions. */
    public record PlacedBlock(Block block, double x, double y, double width, double height, List<double[]> compartments) {
    }

    static final double PAD = 8;
    static final double GAP = 16;
    private static final double MAX_ROW_WIDTH = 1200;

    private final String title;
    private final String subtitle;
    private final List<PlacedBlock> placed = new ArrayList<>();
    private final DiagramStyle style;
    private double width;
    private double height;

    public BoxDiagram(String title, String subtitle, List<Block> blocks, DiagramStyle style) {
        this.title = title;
        this.subtitle = subtitle;
        this.style = style;
        place(blocks);
    }

    private void place(List<Block> blocks) {
        TextMetrics m = TextMetrics.get();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (Block block : blocks) {
            double w = m.width(block.title(), style.nameSize());
            double h = m.lineHeight(style.nameSize());
            for (String detail : block.details()) {
                w = Math.max(w, m.width(detail, style.detailSize()));
                h += m.lineHeight(style.detailSize());
            }
            List<double[]> sizes = new ArrayList<>();
            for (Compartment c : block.compartments()) {
                double cw = m.width(c.title(), style.detailSize());
                double ch = m.lineHeight(style.detailSize()) + 2 * PAD / 2;
                for (Item item : c.items()) {
                    cw = Math.max(cw, m.width(item.text(), style.detailSize()));
                    ch += m.lineHeight(style.detailSize());
                }
                sizes.add(new double[] {0, 0, Math.ceil(cw + 2 * PAD), Math.ceil(ch + PAD / 2)});
                w = Math.max(w, cw + 2 * PAD);
            }
            w = Math.ceil(Math.max(w + 2 * PAD, style.minNodeWidth()));
            double cy = Math.ceil(h + 2 * PAD);
            for (double[] c : sizes) {
                c[0] = PAD;
                c[1] = cy;
                c[2] = w - 2 * PAD;
                cy += c[3] + PAD / 2;
            }
            double blockHeight = Math.ceil(cy + PAD / 2);
            if (x > 0 && x + w > MAX_ROW_WIDTH) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            placed.add(new PlacedBlock(block, x, y, w, blockHeight, sizes));
            x += w + GAP;
            rowHeight = Math.max(rowHeight, blockHeight);
            width = Math.max(width, x - GAP);
        }
        height = placed.isEmpty() ? 0 : y + rowHeight;
    }

    public String title() { return title; }
    public String subtitle() { return subtitle; }
    public List<PlacedBlock> blocks() { return placed; }
    public double width() { return width; }
    public double height() { return height; }
}
