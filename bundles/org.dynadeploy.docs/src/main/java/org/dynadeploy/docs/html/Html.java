package org.dynadeploy.docs.html;

import org.dynadeploy.docs.render.Escape;

/**
 * A small writer for XHTML-compatible HTML5 (every element closed, attributes quoted), so pages
 * are valid HTML and parse as XML too. Text and attribute values are always escaped; only
 * {@link #raw} takes markup, and only markup this module generated.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens an element; {@code attributes} are name/value pairs, null values are left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, self-closed. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    Html text(String text) {
        out.append(Escape.xml(text));
        return this;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html nl() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Escape.xml(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
