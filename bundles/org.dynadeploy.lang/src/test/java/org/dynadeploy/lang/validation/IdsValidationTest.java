package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class IdsValidationTest {

    /** The ids checked against the example pools (ports 3000..4000 global, uids 2000..3000 machine, gids). */
    private static List<Issue> withPools(String text) {
        return new Workspace().file("pools.idres", ExampleModels.text("pools.idres")).file("a.ids", text).issues("a.ids");
    }

    @Test
    void aServiceHasOneIdPerResource() {
        String text = "ids ports { a = 3000 b = 3001 a = 3002 }";
        List<Issue> issues = withCode(Workspace.issuesOf("a.ids", text), IssueCodes.DUPLICATE_ID_ASSIGNMENT);
        assertEquals(2, issues.size());
        assertEquals(Severity.ERROR, issues.get(0).getSeverity());
        assertEquals("service 'a' has two ids in 'ports' (also on line 1); keep one", issues.get(0).getMessage());
    }

    @Test
    void assignmentsInSplitBlocksAreComparedToo() {
        List<Issue> issues = Workspace.issuesOf("a.ids", "ids ports { a = 3000 }\nids ports { a = 3001 }\nids uids { a = 3000 }");
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_ID_ASSIGNMENT).size());
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_RESOURCE_IDS).size());
    }

    @Test
    void lastAssignmentsAreUnique() {
        assertEquals(2, withCode(Workspace.issuesOf("a.ids", "last ports = 1\nlast ports = 2"),
                IssueCodes.DUPLICATE_LAST_ASSIGNMENT).size());
        assertEquals(2, withCode(Workspace.issuesOf("a.ids", "target t { last ports = 1 last ports = 2 }\nlast ports = 3"),
                IssueCodes.DUPLICATE_LAST_ASSIGNMENT).size());
        assertEquals(2, withCode(Workspace.issuesOf("a.ids", "target t { last ports = 1 }\ntarget t { last uids = 2 }"),
                IssueCodes.DUPLICATE_TARGET_ASSIGNMENTS).size());
    }

    @Test
    void idsLieInTheirPool() {
        String text = "ids ports { a = 5000 b = 3001 }\nlast ports = 2999";
        List<Issue> issues = withPools(text);
        List<Issue> outside = withCode(issues, IssueCodes.ID_OUTSIDE_POOL);
        assertEquals(2, outside.size());
        assertEquals("the id of 'a' (5000) is outside pool 'ports' (3000..4000); id-assign will hand out a new one",
                outside.get(0).getMessage());
        assertEquals("the last id (2999) is outside pool 'ports' (3000..4000); id-assign will hand out a new one",
                outside.get(1).getMessage());
        assertEquals(Severity.WARNING, outside.get(0).getSeverity());
    }

    @Test
    void idsAreNotCheckedWithoutPools() {
        List<Issue> issues = Workspace.issuesOf("a.ids", "ids ports { a = 5000 }\nlast portz = 1");
        assertNoIssue(issues, IssueCodes.ID_OUTSIDE_POOL);
        assertNoIssue(issues, IssueCodes.UNKNOWN_ID_RESOURCE);
    }

    @Test
    void lastAssignmentsOfUnknownResourcesAreWarnings() {
        String text = "last portz = 3000";
        Issue issue = assertIssueAt(withPools(text), IssueCodes.UNKNOWN_ID_RESOURCE, Severity.WARNING, text, "portz");
        assertEquals("no id resource 'portz' is defined; did you mean 'ports'? id-assign drops the ids of undefined resources: "
                + "define it in an .idres file or fix the name", issue.getMessage());
        assertIssue(withPools("target t { last sockets = 1 }"), IssueCodes.UNKNOWN_ID_RESOURCE, Severity.WARNING,
                "no id resource 'sockets' is defined.");
        assertIssue(withPools("ids sockets { a = 1 }"), IssueCodes.UNKNOWN_ID_RESOURCE, Severity.WARNING, "'sockets'");
    }

    @Test
    void globalIdsAreUniqueButMachineIdsMayRepeat() {
        assertIssue(withPools("ids ports { a = 3000 b = 3000 c = 3001 }").stream().filter(i -> i.getMessage().contains("'b'")).toList(),
                IssueCodes.DUPLICATE_ID_VALUE, Severity.WARNING, "id 3000 of 'ports' is also given to 'b'");
        assertEquals(2, withCode(withPools("ids ports { a = 3000 b = 3000 }"), IssueCodes.DUPLICATE_ID_VALUE).size());
        assertNoIssue(withPools("ids uids { a = 2000 b = 2000 }"), IssueCodes.DUPLICATE_ID_VALUE);
    }
}
