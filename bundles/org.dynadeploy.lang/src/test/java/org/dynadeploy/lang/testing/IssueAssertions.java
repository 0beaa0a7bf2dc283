package org.dynadeploy.lang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Assertions on validation issues: by code, severity, message text and the text they mark. */
public final class IssueAssertions {

    private IssueAssertions() {
    }

    /** The only issue with this code; fails if there is none or more than one. */
    public static Issue single(List<Issue> issues, String code) {
        List<Issue> matching = withCode(issues, code);
        if (matching.size() != 1) {
            fail("expected one issue " + code + " but got " + matching.size() + " in:\n" + describe(issues));
        }
        return matching.get(0);
    }

    public static List<Issue> withCode(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).toList();
    }

    /** Asserts one issue of this code and severity whose message contains the fragment. */
    public static Issue assertIssue(List<Issue> issues, String code, Severity severity, String messageFragment) {
        Issue issue = single(issues, code);
        assertEquals(severity, issue.getSeverity(), () -> "severity of " + issue);
        assertTrue(issue.getMessage().contains(messageFragment),
                () -> "message '" + issue.getMessage() + "' does not contain '" + messageFragment + "'");
        return issue;
    }

    /** Asserts one issue of this code and severity, marking exactly {@code marked} in the text. */
    public static Issue assertIssueAt(List<Issue> issues, String code, Severity severity, String text, String marked) {
        Issue issue = single(issues, code);
        assertEquals(severity, issue.getSeverity(), () -> "severity of " + issue);
        assertMarks(issue, text, marked);
        return issue;
    }

    public static void assertMarks(Issue issue, String text, String marked) {
        String actual = text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
        assertEquals(marked, actual, () -> "text marked by " + issue.getMessage());
    }

    public static void assertNoIssue(List<Issue> issues, String code) {
        List<Issue> matching = withCode(issues, code);
        assertTrue(matching.isEmpty(), () -> "unexpected " + code + ":\n" + describe(matching));
    }

    /** No issue at all: no syntax, linking or validation error, warning or info. */
    public static void assertClean(List<Issue> issues) {
        assertTrue(issues.isEmpty(), () -> "unexpected issues:\n" + describe(issues));
    }

    public static void assertNoErrors(List<Issue> issues) {
        List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), () -> "unexpected errors:\n" + describe(errors));
    }

    public static String describe(List<Issue> issues) {
        return issues.stream()
                .map(i -> "  " + i.getSeverity() + " " + i.getCode() + " line " + i.getLineNumber() + ": " + i.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
