package org.dynadeploy.lang.ide.contentassist;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a filter call the cursor is, read from the text: while typing, the call is usually
 * incomplete and not in the model yet. Knows the filter's name and, after 'name:', the argument.
 */
record CallSite(String filter, Optional<String> argument) {

    private static final Pattern ARGUMENT = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*[^,()]*");

    /** The innermost unclosed call before {@code offset}, if there is one. */
    static Optional<CallSite> at(String text, int offset) {
        int depth = 0;
        int argumentStart = -1;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    int start = argumentStart < 0 ? i + 1 : argumentStart;
                    return nameBefore(text, i).map(name -> new CallSite(name, argumentAt(text.substring(start, offset))));
                }
                depth--;
            } else if (c == ',' && depth == 0 && argumentStart < 0) {
                argumentStart = i + 1;
            } else if (c == '{' || c == '}') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameBefore(String text, int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_'
                || text.charAt(start - 1) == '-')) {
            start--;
        }
        return start < end ? Optional.of(text.substring(start, end)) : Optional.empty();
    }

    private static Optional<String> argumentAt(String argumentText) {
        Matcher matcher = ARGUMENT.matcher(argumentText);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
