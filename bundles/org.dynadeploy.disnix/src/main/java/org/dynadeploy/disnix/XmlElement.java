package org.dynadeploy.disnix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An element of a parsed XML document with the position of its start tag, so that every error
 * about it can say {@code file:line:column}.
 */
final class XmlElement {

    private final String file;
    private final String name;
    private final int line;
    private final int column;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String file, String name, int line, int column) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.column = column;
    }

    String file() {
        return file;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    void putAttribute(String key, String value) {
        attributes.put(key, value);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(String characters) {
        text.append(characters);
    }

    /** The attribute's value, or null when absent. */
    String attribute(String key) {
        return attributes.get(key);
    }

    /** The attribute's value; an error naming the attribute when absent. */
    String requireAttribute(String key) {
        String value = attributes.get(key);
        if (value == null) {
            throw error("<" + name + "> has no '" + key + "' attribute; add " + key + "=\"...\"");
        }
        return value;
    }

    /** The attribute's value; an error when absent or empty. */
    String requireNonEmptyAttribute(String key) {
        String value = requireAttribute(key);
        if (value.isEmpty()) {
            throw error("the '" + key + "' attribute of <" + name + "> is empty; give it a value");
        }
        return value;
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** The character data directly inside this element (children's text excluded). */
    String text() {
        return text.toString();
    }

    boolean hasText() {
        return !text.toString().isBlank();
    }

    /** Checks that this element holds only elements with the given names and no text. */
    void expectChildren(String... allowed) {
        List<String> names = Arrays.asList(allowed);
        for (XmlElement child : children) {
            if (!names.contains(child.name)) {
                String expected = names.isEmpty() ? "no child elements"
                        : names.stream().map(n -> "<" + n + ">").collect(Collectors.joining(", "));
                throw child.error("unexpected element <" + child.name + "> in <" + name + ">; expected " + expected);
            }
        }
        expectNoText();
    }

    /** Checks that this element has no text besides white space. */
    void expectNoText() {
        if (hasText()) {
            throw error("<" + name + "> contains text '" + abbreviate(text.toString().strip())
                    + "', but only elements are allowed there");
        }
    }

    /** Checks that this element has no child elements (only text). */
    void expectTextOnly() {
        if (!children.isEmpty()) {
            XmlElement child = children.get(0);
            throw child.error("unexpected element <" + child.name + "> in <" + name + ">; it holds only text");
        }
    }

    /** At most one child of this name; null when there is none. */
    XmlElement optionalChild(String childName) {
        XmlElement found = null;
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                if (found != null) {
                    throw child.error("<" + childName + "> appears more than once in <" + name
                            + "> (first at line " + found.line + "); keep only one");
                }
                found = child;
            }
        }
        return found;
    }

    DisnixFormatException error(String detail) {
        return new DisnixFormatException(file, line, column, detail);
    }

    /** A warning line with this element's position. */
    String warning(String detail) {
        return file + ":" + line + ":" + column + ": warning: " + detail;
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
