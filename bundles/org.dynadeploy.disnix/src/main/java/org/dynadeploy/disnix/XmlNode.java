package org.dynadeploy.disnix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element to write: built in memory, then serialised deterministically with 2-space
 * indentation. Text is escaped; characters XML 1.0 cannot carry are refused.
 */
final class XmlNode {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlNode> children = new ArrayList<>();
    private String text = "";

    XmlNode(String name) {
        checkName(name);
        this.name = name;
    }

    XmlNode attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    XmlNode text(String value) {
        this.text = value == null ? "" : value;
        return this;
    }

    /** Adds and returns a new child element. */
    XmlNode child(String childName) {
        XmlNode child = new XmlNode(childName);
        children.add(child);
        return child;
    }

    XmlNode add(XmlNode child) {
        children.add(child);
        return child;
    }

    /** The whole document, with an XML declaration and a final newline. */
    String toDocument() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(out, 0);
        return out.toString();
    }

    private void write(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(name);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            out.append(' ').append(attribute.getKey()).append("=\"");
            escape(out, attribute.getValue(), true);
            out.append('"');
        }
        if (children.isEmpty() && text.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append('>');
        if (children.isEmpty()) {
            escape(out, text, false);
        } else {
            out.append('\n');
            for (XmlNode child : children) {
                child.write(out, depth + 1);
            }
            out.append("  ".repeat(depth));
        }
        out.append("</").append(name).append(">\n");
    }

    private static void escape(StringBuilder out, String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        throw new DisnixFormatException(String.format(
                                "the value '%s' contains the character U+%04X, which XML cannot represent; remove it",
                                XmlElement.abbreviate(printable(value)), (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static String printable(String value) {
        StringBuilder result = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (cp < 0x20) result.append('?');
            else result.appendCodePoint(cp);
        });
        return result.toString();
    }

    /** Whether a string can be used as an XML element name (no namespace prefix). */
    static boolean isName(String candidate) {
        if (candidate == null || candidate.isEmpty()) return false;
        int first = candidate.codePointAt(0);
        if (!isNameStart(first)) return false;
        for (int i = Character.charCount(first); i < candidate.length(); ) {
            int cp = candidate.codePointAt(i);
            if (!isNameStart(cp) && !(cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || cp == 0xB7
                    || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x203F && cp <= 0x2040))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isNameStart(int cp) {
        return cp == '_' || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                || (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF)
                || (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D)
                || (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF)
                || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
    }

    private static void checkName(String name) {
        if (!isName(name)) {
            throw new DisnixFormatException("'" + name + "' cannot be written as an XML element name");
        }
    }
}
