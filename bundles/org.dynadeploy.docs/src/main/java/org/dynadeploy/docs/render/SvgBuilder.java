package org.dynadeploy.docs.render;

import java.util.List;

import org.dynadeploy.docs.layout.DiagramLayout.Point;
import org.dynadeploy.docs.layout.TextMetrics;

/**
 * Writes SVG elements one per line. Every string argument that can come from a model is
 * escaped here; numbers go through {@link Num}. Links carry both href (SVG 2, browsers) and
 * xlink:href (SVG 1.1, Batik).
 */
public final class SvgBuilder {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the document. {@code standalone} adds the XML declaration (not wanted inline in HTML). */
    public SvgBuilder open(double width, double height, String title, boolean standalone) {
        if (standalone) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
                .append(" width=\"").append(Num.fmt(width)).append("\" height=\"").append(Num.fmt(height))
                .append("\" viewBox=\"0 0 ").append(Num.fmt(width)).append(' ').append(Num.fmt(height))
                .append("\" font-family=\"").append(Escape.xml(TextMetrics.CSS_FAMILY)).append("\">\n");
        out.append("<title>").append(Escape.xml(title)).append("</title>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(Num.fmt(width)).append("\" height=\"").append(Num.fmt(height))
                .append("\" fill=\"#ffffff\"/>\n");
        return this;
    }

    public String close() {
        out.append("</svg>\n");
        return out.toString();
    }

    /** Opens a group with a class and optional data-* attributes (name, value pairs). */
    public SvgBuilder group(String cssClass, String... data) {
        out.append("<g class=\"").append(Escape.xml(cssClass)).append('"');
        for (int i = 0; i + 1 < data.length; i += 2) {
            out.append(" data-").append(data[i]).append("=\"").append(Escape.xml(data[i + 1])).append('"');
        }
        out.append(">\n");
        return this;
    }

    public SvgBuilder end() {
        out.append("</g>\n");
        return this;
    }

    /** Opens a link; {@code tooltip} becomes the link's SVG title (hover text). */
    public SvgBuilder link(String href, String tooltip) {
        String h = Escape.xml(href);
        out.append("<a href=\"").append(h).append("\" xlink:href=\"").append(h).append("\" target=\"_top\">\n");
        if (tooltip != null && !tooltip.isEmpty()) {
            out.append("<title>").append(Escape.xml(tooltip)).append("</title>\n");
        }
        return this;
    }

    public SvgBuilder endLink() {
        out.append("</a>\n");
        return this;
    }

    public SvgBuilder rect(double x, double y, double w, double h, String fill, String stroke, String dash, double radius) {
        out.append("<rect x=\"").append(Num.fmt(x)).append("\" y=\"").append(Num.fmt(y))
                .append("\" width=\"").append(Num.fmt(w)).append("\" height=\"").append(Num.fmt(h)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(Num.fmt(radius)).append('"');
        }
        out.append(" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        dash(dash);
        out.append("/>\n");
        return this;
    }

    /**
     * A text line; {@code anchor} is start, middle or end. Always the regular weight: boxes are
     * sized with the regular font's metrics, and bold text would overflow them.
     */
    public SvgBuilder text(double x, double baseline, String text, float size, String fill, String anchor) {
        out.append("<text x=\"").append(Num.fmt(x)).append("\" y=\"").append(Num.fmt(baseline))
                .append("\" font-size=\"").append(Num.fmt(size)).append("\" fill=\"").append(fill).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append('>').append(Escape.xml(text)).append("</text>\n");
        return this;
    }

    public SvgBuilder polyline(List<Point> points, String stroke, String dash) {
        out.append("<path d=\"");
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "M" : " L").append(Num.fmt(points.get(i).x())).append(' ').append(Num.fmt(points.get(i).y()));
        }
        out.append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        dash(dash);
        out.append("/>\n");
        return this;
    }

    public SvgBuilder polygon(List<Point> points, String fill) {
        out.append("<polygon points=\"");
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) out.append(' ');
            out.append(Num.fmt(points.get(i).x())).append(',').append(Num.fmt(points.get(i).y()));
        }
        out.append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    private void dash(String dash) {
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }
}
