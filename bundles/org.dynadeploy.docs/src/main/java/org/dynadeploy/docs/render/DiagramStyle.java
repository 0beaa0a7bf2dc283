package org.dynadeploy.docs.render;

/**
 * The visual constants of every diagram, in one typed place: font sizes, paddings, colours,
 * dash patterns. Layout geometry (spacing between nodes) lives in LayoutOptions.
 */
public record DiagramStyle(float titleSize, float nameSize, float detailSize, float legendSize,
        double nodePadX, double nodePadY, double minNodeWidth, int maxLabelChars, double margin,
        String stroke, String contextStroke, String nodeFill, String contextFill, String groupFill,
        String edgeStroke, String textFill, String detailFill, String dash, String edgeDash) {

    public static DiagramStyle defaults() {
        return new DiagramStyle(16f, 13f, 11f, 11f, 10, 6, 64, 48, 16,
                "#333333", "#8a8a8a", "#ffffff", "#f0f0f0", "#f5f8ff",
                "#555555", "#111111", "#555555", "6 4", "5 4");
    }

    /** Cuts an over-long label for the box (the full text stays in the tooltip). */
    public String clip(String text) {
        if (text.codePointCount(0, text.length()) <= maxLabelChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLabelChars - 1)) + "\u2026";
    }
}
