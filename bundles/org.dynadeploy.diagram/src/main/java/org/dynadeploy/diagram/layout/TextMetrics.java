package org.dynadeploy.diagram.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Label widths from real font metrics, so that the server sizes every node (the diagrams need no
 * client-side layout pass). Measures with DejaVu Sans, the font the docs module bundles, when it
 * is on the class path, else with the JDK's logical sans-serif font; the web client draws labels
 * in 'DejaVu Sans' with sans-serif fallbacks at the sizes of {@link #NAME}, {@link #TYPE} etc.
 */
public final class TextMetrics {

    public static final String CSS_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";
    /** Font sizes (px) of the label types. */
    public static final float NAME = 13, TYPE = 11, HEADING = 14, PROPERTY = 11;

    private static final String FONT = "/org/dynadeploy/docs/fonts/DejaVuSans.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final TextMetrics INSTANCE = new TextMetrics();

    private final Font base;
    private final Map<String, Double> widths = new ConcurrentHashMap<>();

    private TextMetrics() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        this.base = load();
    }

    public static TextMetrics get() {
        return INSTANCE;
    }

    private static Font load() {
        try (InputStream in = TextMetrics.class.getResourceAsStream(FONT)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException | RuntimeException e) {
            // fall back to the logical font
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /** The advance width of one line of text at a font size, in px (rounded up). */
    public double width(String text, float size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(size + "\u0000" + text,
                key -> Math.ceil(base.deriveFont(size).getStringBounds(text, CONTEXT).getWidth()));
    }

    /** Distance from the top of a line to its baseline. */
    public double ascent(float size) {
        return Math.ceil(lineMetrics(size).getAscent());
    }

    /** Height of a line of text (ascent + descent + leading), rounded up. */
    public double lineHeight(float size) {
        LineMetrics metrics = lineMetrics(size);
        return Math.ceil(metrics.getAscent() + metrics.getDescent() + metrics.getLeading());
    }

    private LineMetrics lineMetrics(float size) {
        return base.deriveFont(size).getLineMetrics("Hg", CONTEXT);
    }

    /** Whether DejaVu Sans (rather than a fallback) is measured. */
    public boolean usesDejaVu() {
        return base.getFamily(java.util.Locale.ROOT).startsWith("DejaVu");
    }
}
