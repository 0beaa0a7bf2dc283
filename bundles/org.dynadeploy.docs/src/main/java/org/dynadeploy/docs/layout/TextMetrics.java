package org.dynadeploy.docs.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text widths from real font metrics (java.awt.Font with a fixed FontRenderContext), so node
 * boxes fit their labels. Measures with the DejaVu
 * Sans font bundled in this jar, not a system font, so the same label gets the same box on every
 * machine and the output stays byte-identical. The render context is fixed (no transform,
 * anti-aliased, fractional metrics): advances then come from the font's own tables, not from
 * a screen. Runs headless: it never needs a display.
 */
public final class TextMetrics {

    /** The family name the SVG asks for first; the bundled font is registered under it for Batik. */
    public static final String FAMILY = "DejaVu Sans";
    /** The CSS font-family list written into SVG: the measured font first, then look-alikes. */
    public static final String CSS_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

    private static final String RESOURCE = "/org/dynadeploy/docs/fonts/DejaVuSans.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final TextMetrics INSTANCE = new TextMetrics();

    private final Font base;
    private final Map<String, Double> widths = new ConcurrentHashMap<>();

    private TextMetrics() {
        // AWT must not look for a display; set before the first AWT class initialises.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        this.base = load();
    }

    public static TextMetrics get() {
        return INSTANCE;
    }

    private static Font load() {
        try (InputStream in = TextMetrics.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // lets Batik (PNG) draw with the very font the boxes were measured with
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            }
        } catch (IOException | FontFormatException | RuntimeException e) {
            // fall through: measuring with a logical font is still consistent on this machine
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /**
     * The advance width of a line of text at a font size, in pixels. Font.getStringBounds takes
     * the glyph advances straight from the font for simple text and only shapes (TextLayout)
     * where a script needs it; shaping every label cold cost a tenth of a catalog's time.
     */
    public double width(String text, float size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(size + "\u0000" + text,
                key -> base.deriveFont(size).getStringBounds(text, CONTEXT).getWidth());
    }

    /** Distance from the top of a line box to the baseline. */
    public double ascent(float size) {
        return lineMetrics(size).getAscent();
    }

    /** Height of a line of text at a font size (ascent + descent + leading). */
    public double lineHeight(float size) {
        LineMetrics metrics = lineMetrics(size);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    private LineMetrics lineMetrics(float size) {
        return base.deriveFont(size).getLineMetrics("Hg", CONTEXT);
    }

    /** Whether the bundled font (rather than a system fallback) is in use. */
    public boolean usesBundledFont() {
        return FAMILY.equals(base.getFamily(java.util.Locale.ROOT));
    }
}
