package org.dynadeploy.cli.tests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a bad-input corpus file must produce, declared in its first line:
 * {@code // expect LINE:COLUMN "text": why} (or in an XML comment). The error line must start with
 * {@code file:LINE:COLUMN: error: } and contain the text.
 */
record Expectation(int line, int column, String text) {

    private static final Pattern DECLARATION = Pattern.compile("expect (\\d+):(\\d+)(?: \"([^\"]*)\")?");

    static Expectation of(String fileContent) {
        Matcher matcher = DECLARATION.matcher(fileContent.lines().findFirst().orElse(""));
        if (!matcher.find()) {
            throw new IllegalArgumentException("the first line does not declare 'expect LINE:COLUMN \"text\"'");
        }
        return new Expectation(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** Whether stderr has the error line, for a file shown as {@code displayedPath}. */
    boolean matches(String stderr, String displayedPath) {
        String prefix = displayedPath + ":" + line + ":" + column + ": error: ";
        return stderr.lines().anyMatch(l -> l.startsWith(prefix) && l.contains(text));
    }

    String describe(String displayedPath) {
        return displayedPath + ":" + line + ":" + column + ": error: ...'" + text + "'...";
    }
}
