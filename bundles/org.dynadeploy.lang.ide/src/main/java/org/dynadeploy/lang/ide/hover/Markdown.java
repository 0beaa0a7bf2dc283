package org.dynadeploy.lang.ide.hover;

import java.util.Collection;
import java.util.stream.Collectors;

/** A small markdown builder for hovers: a title line, then labelled lines. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown title(String kind, String name, String suffix) {
        text.append("**").append(kind).append("** ").append(code(name));
        if (suffix != null && !suffix.isEmpty()) {
            text.append(" : ").append(code(suffix));
        }
        text.append("\n\n");
        return this;
    }

    Markdown paragraph(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            text.append(escape(paragraph)).append("\n\n");
        }
        return this;
    }

    /** A "label: value" line; nothing when the value is empty. */
    Markdown line(String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append("*").append(label).append(":* ").append(value).append("  \n");
        }
        return this;
    }

    Markdown codes(String label, Collection<String> names) {
        return line(label, names.stream().map(Markdown::code).collect(Collectors.joining(", ")));
    }

    static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /** Markdown characters in user text would change the hover's layout. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1");
    }

    @Override
    public String toString() {
        return text.toString().strip();
    }
}
