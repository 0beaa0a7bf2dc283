package org.dynadeploy.docs;

import java.util.Locale;

/** Output formats of diagrams. */
public enum Format {
    /** Our own SVG from the ELK layout; nodes are links. */
    SVG("svg"),
    /** The same SVG rasterised by Batik. */
    PNG("png"),
    /** Graphviz DOT, in the shape dydisnix writes. */
    DOT("dot"),
    /** A Mermaid flowchart. */
    MERMAID("mmd");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is text (UTF-8) rather than an image. */
    public boolean isText() {
        return this != PNG;
    }

    /** Parses a user-given name: svg, png, dot, mermaid or mmd, in any case. */
    public static Format parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "svg" -> SVG;
            case "png" -> PNG;
            case "dot", "gv" -> DOT;
            case "mermaid", "mmd" -> MERMAID;
            default -> throw new IllegalArgumentException("unknown format '" + name + "'; use svg, png, dot or mermaid");
        };
    }
}
