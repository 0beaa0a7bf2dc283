package org.dynadeploy.diagram.layout;

/**
 * Label widths from real font metrics, so that the server sizes every node (the diagrams need no
 * client-side layout pass). The measuring is the docs engine's ({@link org.dynadeploy.docs.layout.TextMetrics},
 * DejaVu Sans bundled in its jar); this adds the diagrams' label sizes and rounds up to whole
 * pixels, as GLSP bounds are. The web client draws labels in 'DejaVu Sans' at the sizes of
 * {@link #NAME}, {@link #TYPE} etc.
 */
public final class TextMetrics {

    public static final String CSS_FAMILY = org.dynadeploy.docs.layout.TextMetrics.CSS_FAMILY;
    /** Font sizes (px) of the label types. */
    public static final float NAME = 13, TYPE = 11, HEADING = 14, PROPERTY = 11;

    private static final TextMetrics INSTANCE = new TextMetrics();

    private final org.dynadeploy.docs.layout.TextMetrics font = org.dynadeploy.docs.layout.TextMetrics.get();

    private TextMetrics() {
    }

    public static TextMetrics get() {
        return INSTANCE;
    }

    /** The advance width of one line of text at a font size, in px (rounded up). */
    public double width(String text, float size) {
        return Math.ceil(font.width(text, size));
    }

    /** Distance from the top of a line to its baseline. */
    public double ascent(float size) {
        return Math.ceil(font.ascent(size));
    }

    /** Height of a line of text (ascent + descent + leading), rounded up. */
    public double lineHeight(float size) {
        return Math.ceil(font.lineHeight(size));
    }

    /** Whether DejaVu Sans (rather than a fallback) is measured. */
    public boolean usesDejaVu() {
        return font.usesBundledFont();
    }
}
