package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class DistributionValidationTest {

    private static List<Issue> distribution(String text) {
        return ExampleModels.workspaceWith("distribution.dist", text).issues("distribution.dist");
    }

    @Test
    void aServiceIsMappedOnce() {
        List<Issue> issues = withCode(distribution("rooms => test1\nroomsdb => test1\npin rooms => test2"),
                IssueCodes.DUPLICATE_MAPPING);
        assertEquals(2, issues.size());
        assertEquals("service 'rooms' is mapped twice (also on line 3); merge the targets into one mapping",
                issues.get(0).getMessage());
    }

    @Test
    void unresolvedServicesAreComparedByTheirText() {
        assertEquals(2, withCode(distribution("ghost => test1\nghost => test2"), IssueCodes.DUPLICATE_MAPPING).size());
    }

    @Test
    void aTargetIsListedOncePerMapping() {
        String text = "rooms => test1, test2, test1";
        Issue issue = assertIssue(distribution(text), IssueCodes.DUPLICATE_MAPPING_TARGET, Severity.WARNING,
                "'test1' is listed twice in this mapping");
        assertEquals(text.lastIndexOf("test1"), issue.getOffset());
        assertNoIssue(distribution("rooms => test1 in tomcat-webapplication, test1 in mysql-database"),
                IssueCodes.DUPLICATE_MAPPING_TARGET);
    }

    @Test
    void aContainerMustBeDeclaredByTheTarget() {
        String text = "rooms => test1 in tomcat-webaplication";
        Issue issue = assertIssueAt(distribution(text), IssueCodes.UNKNOWN_CONTAINER, Severity.WARNING, text,
                "tomcat-webaplication");
        assertEquals("target 'test1' declares no container 'tomcat-webaplication'; did you mean 'tomcat-webapplication'? "
                + "Declare it in the target (container tomcat-webaplication) or fix the name", issue.getMessage());
        assertIssue(distribution("rooms => test2 in tomcat-webapplication"), IssueCodes.UNKNOWN_CONTAINER, Severity.WARNING,
                "target 'test2' declares no container 'tomcat-webapplication'.");
    }

    @Test
    void containersAddedByAugmentationRulesCount() {
        var workspace = ExampleModels.workspaceWith("distribution.dist", "rooms => test2 in extra");
        workspace.file("more.infra", "augment extras target test2 { container extra }");
        assertNoIssue(workspace.issues("distribution.dist"), IssueCodes.UNKNOWN_CONTAINER);
    }
}
