package org.dynadeploy.docs.render;

/**
 * Escaping for every output language the generator writes. Every model string (names, types,
 * descriptions, property values, titles) passes through one of these before it reaches a file,
 * because any of them may hold markup, quotes or control characters.
 */
public final class Escape {

    private Escape() {
    }

    /** Text content and attribute values of XML, XHTML and SVG (quotes too, so one method serves both). */
    public static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> isXmlChar(text, i) ? null : "\uFFFD";
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether the char at i may appear in XML 1.0: no C0 controls other than tab/newline/return,
     * no unpaired surrogates, no U+FFFE/U+FFFF. Others are replaced so the file stays parseable.
     */
    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * A JSON string literal (with quotes) that is also safe inside an HTML script context:
     * '<', '>' and '&' are written as unicode escapes, as are U+2028/U+2029 (line terminators in
     * older JavaScript) and every control character.
     */
    public static String jsonString(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !isXmlChar(value, i))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A Graphviz DOT double-quoted string body: quotes and backslashes escaped, newlines as \n. */
    public static String dot(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Text inside a Mermaid quoted label ("..."). Mermaid has its own entity syntax (#name; or
     * #code;); the characters that would end the label, start an entity, open markdown (backtick)
     * or be read as HTML are written as entity codes.
     */
    public static String mermaid(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
