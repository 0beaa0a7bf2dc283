package org.dynadeploy.disnix;

import java.util.Set;
import java.util.regex.Pattern;

/** Nix lexical helpers for writers: string literals and attribute names. */
public final class NixSyntax {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_'-]*");
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "assert", "with", "let", "in", "rec",
            "inherit", "or");

    private NixSyntax() {
    }

    /** Whether a name can be written as a bare Nix identifier (and is not a keyword). */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
    }

    /** An attribute name: bare when it is an identifier, else a quoted string. */
    public static String attrName(String name) {
        return isIdentifier(name) ? name : string(name);
    }

    /** A double-quoted Nix string literal; escapes {@code " \ ${} and control characters. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> {
                    if (c == 0) {
                        throw new DisnixFormatException("the string '" + XmlElement.abbreviate(value.replace('\0', '?'))
                                + "' contains a NUL character, which Nix strings cannot hold");
                    }
                    out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
