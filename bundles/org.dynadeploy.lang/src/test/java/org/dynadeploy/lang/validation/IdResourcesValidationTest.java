package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertClean;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;

import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

class IdResourcesValidationTest {

    @Test
    void minIsAtMostMax() {
        String text = "pool ports 4000..3000";
        assertIssueAt(Workspace.issuesOf("a.idres", text), IssueCodes.POOL_RANGE, Severity.ERROR, text, "3000");
        assertIssue(Workspace.issuesOf("a.idres", text), IssueCodes.POOL_RANGE, Severity.ERROR,
                "pool 'ports' is empty: min 4000 is greater than max 3000; swap them");
    }

    @Test
    void aPoolOfOneIdIsFine() {
        assertClean(Workspace.issuesOf("a.idres", "pool one 5..5 step 1"));
    }

    @Test
    void theStepIsAtLeastOne() {
        String text = "pool ports 3000..4000 step 0";
        assertIssueAt(Workspace.issuesOf("a.idres", text), IssueCodes.POOL_STEP, Severity.ERROR, text, "0");
        assertIssue(Workspace.issuesOf("a.idres", "pool ports 3000..4000 step -2"), IssueCodes.POOL_STEP, Severity.ERROR,
                "must be at least 1, not -2");
    }

    @Test
    void negativeIdsAreAWarning() {
        String text = "pool odd -5..10";
        assertIssueAt(Workspace.issuesOf("a.idres", text), IssueCodes.NEGATIVE_ID, Severity.WARNING, text, "-5");
    }

    @Test
    void poolNamesAreUniqueAcrossFiles() {
        Workspace workspace = new Workspace().file("a.idres", "pool ports 1..2").file("b.idres", "pool ports 3..4");
        assertIssue(workspace.issues("a.idres"), IssueCodes.DUPLICATE_ID_RESOURCE, Severity.ERROR,
                "duplicate id resource 'ports' (also declared in b.idres:1)");
    }
}
