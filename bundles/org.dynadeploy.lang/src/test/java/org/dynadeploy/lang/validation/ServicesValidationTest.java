package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertMarks;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class ServicesValidationTest {

    @Test
    void serviceNamesAreUniqueAcrossFiles() {
        Workspace workspace = new Workspace()
                .file("a.services", "service web { }\nservice db { }")
                .file("b.services", "// other team\nservice web { }");
        Issue inA = assertIssue(workspace.issues("a.services"), IssueCodes.DUPLICATE_SERVICE, Severity.ERROR,
                "duplicate service 'web' (also declared in b.services:2)");
        assertTrue(inA.getMessage().endsWith("rename one of them"), inA.getMessage());
        assertIssue(workspace.issues("b.services"), IssueCodes.DUPLICATE_SERVICE, Severity.ERROR,
                "duplicate service 'web' (also declared in a.services:1)");
    }

    @Test
    void serviceNamesAreUniqueAcrossGroupsOfOneFile() {
        String text = "service web { }\ngroup g { service web { } }";
        List<Issue> issues = withCode(Workspace.issuesOf("a.services", text), IssueCodes.DUPLICATE_SERVICE);
        assertEquals(2, issues.size());
        assertTrue(issues.get(0).getMessage().contains("also declared on line 2"), issues.get(0).getMessage());
        issues.forEach(issue -> assertMarks(issue, text, "web"));
    }

    @Test
    void distinctServicesAreFine() {
        assertNoIssue(new Workspace().file("a.services", "service a { }").file("b.services", "service b { }").issues("a.services"),
                IssueCodes.DUPLICATE_SERVICE);
    }

    @Test
    void siblingGroupsAreUnique() {
        List<Issue> issues = Workspace.issuesOf("a.services", "group g { }\ngroup g { }\ngroup h { group g { } group i { } }");
        List<Issue> duplicates = withCode(issues, IssueCodes.DUPLICATE_GROUP);
        assertEquals(2, duplicates.size(), "only the two top-level 'g' groups collide");
        assertTrue(duplicates.get(0).getMessage().contains("merge the two blocks"));
    }

    @Test
    void aDependsOnCycleIsReportedOnEveryServiceOfIt() {
        String text = """
                service a { dependsOn b }
                service b { dependsOn c }
                service c { dependsOn a }
                service d { dependsOn a }
                """;
        List<Issue> cycles = withCode(Workspace.issuesOf("a.services", text), IssueCodes.DEPENDS_ON_CYCLE);
        Map<Integer, String> messages = cycles.stream().collect(Collectors.toMap(Issue::getLineNumber, Issue::getMessage));
        assertEquals(Map.of(
                1, "dependsOn cycle: a -> b -> c -> a; activation order needs a DAG: remove one dependency or use connectsTo",
                2, "dependsOn cycle: b -> c -> a -> b; activation order needs a DAG: remove one dependency or use connectsTo",
                3, "dependsOn cycle: c -> a -> b -> c; activation order needs a DAG: remove one dependency or use connectsTo"),
                messages, "d depends on the cycle but is not on it");
        assertEquals(Severity.ERROR, cycles.get(0).getSeverity());
        assertMarks(cycles.get(0), text, "b");
    }

    @Test
    void theShortestCycleThroughAServiceIsNamed() {
        String text = """
                service a { dependsOn b, c }
                service b { dependsOn c }
                service c { dependsOn a }
                """;
        Issue onA = withCode(Workspace.issuesOf("a.services", text), IssueCodes.DEPENDS_ON_CYCLE).stream()
                .filter(i -> i.getLineNumber() == 1).findFirst().orElseThrow();
        assertTrue(onA.getMessage().startsWith("dependsOn cycle: a -> c -> a;"), onA.getMessage());
        assertEquals("c", text.substring(onA.getOffset(), onA.getOffset() + onA.getLength()));
    }

    @Test
    void aSelfDependencyIsACycle() {
        String text = "service a { dependsOn a }";
        assertIssueAt(Workspace.issuesOf("a.services", text), IssueCodes.DEPENDS_ON_CYCLE, Severity.ERROR, text, "a");
        assertIssue(Workspace.issuesOf("a.services", text), IssueCodes.DEPENDS_ON_CYCLE, Severity.ERROR,
                "dependsOn cycle: a -> a;");
    }

    @Test
    void cyclesAcrossFilesAreFound() {
        Workspace workspace = new Workspace()
                .file("a.services", "service a { dependsOn b }")
                .file("b.services", "service b { dependsOn a }");
        assertIssue(workspace.issues("a.services"), IssueCodes.DEPENDS_ON_CYCLE, Severity.ERROR, "a -> b -> a");
        assertIssue(workspace.issues("b.services"), IssueCodes.DEPENDS_ON_CYCLE, Severity.ERROR, "b -> a -> b");
    }

    @Test
    void connectsToMayBeCyclic() {
        List<Issue> issues = Workspace.issuesOf("a.services",
                "service a { connectsTo b }\nservice b { connectsTo a dependsOn c }\nservice c { connectsTo c }");
        assertNoIssue(issues, IssueCodes.DEPENDS_ON_CYCLE);
    }

    @Test
    void aDiamondIsNoCycle() {
        assertNoIssue(Workspace.issuesOf("a.services",
                "service a { dependsOn b, c }\nservice b { dependsOn d }\nservice c { dependsOn d }\nservice d { }"),
                IssueCodes.DEPENDS_ON_CYCLE);
    }

    @Test
    void aDependencyListedTwiceIsAWarning() {
        String text = "service a { dependsOn b, b }\nservice b { }";
        Issue issue = assertIssue(Workspace.issuesOf("a.services", text), IssueCodes.DUPLICATE_DEPENDENCY, Severity.WARNING,
                "'b' is listed twice in dependsOn of 'a'");
        assertEquals(text.indexOf("b }"), issue.getOffset(), "the second one is marked");
    }

    @Test
    void attributesWithTheirOwnSyntaxAreNotProperties() {
        String text = "service s {\n  type = \"process\"\n}";
        Issue issue = assertIssueAt(Workspace.issuesOf("a.services", text), IssueCodes.RESERVED_PROPERTY, Severity.ERROR,
                text, "type");
        assertTrue(issue.getMessage().contains("service x : <type>"), issue.getMessage());
        assertIssue(Workspace.issuesOf("a.services", "service s { \"dependsOn\" = [\"a\"] }"), IssueCodes.RESERVED_PROPERTY,
                Severity.ERROR, "write dependsOn a, b");
        assertIssue(Workspace.issuesOf("a.services", "service s { requiresUniqueIdsFor = [\"ports\"] }"),
                IssueCodes.RESERVED_PROPERTY, Severity.ERROR, "write ids ports, uids");
        assertIssue(Workspace.issuesOf("a.services", "service s { name = \"t\" }"), IssueCodes.RESERVED_PROPERTY,
                Severity.ERROR, "the name is written after 'service'");
    }

    @Test
    void containerAttributesHaveTheirTypes() {
        String text = "service s { providesContainer = 3 }";
        assertIssueAt(Workspace.issuesOf("a.services", text), IssueCodes.WRONG_PROPERTY_TYPE, Severity.ERROR, text, "3");
        assertIssue(Workspace.issuesOf("a.services", "service s { providesContainers = \"c\" }"),
                IssueCodes.WRONG_PROPERTY_TYPE, Severity.ERROR, "must be an attribute set { ... }, not string");
        assertNoIssue(Workspace.issuesOf("a.services",
                "service s { providesContainer = \"c\" }\nservice t { providesContainers = { c = { } } }"),
                IssueCodes.WRONG_PROPERTY_TYPE);
    }

    @Test
    void requiredIdResourcesMustExistWhenPoolsAreLoaded() {
        String text = "service s { ids ports, portz }";
        Workspace workspace = new Workspace().file("a.services", text).file("pools.idres", ExampleModels.text("pools.idres"));
        Issue issue = assertIssueAt(workspace.issues("a.services"), IssueCodes.UNKNOWN_ID_RESOURCE, Severity.ERROR, text,
                "portz");
        assertEquals("unknown id resource 'portz'; did you mean 'ports'? Define it in an .idres file (pool portz 1000..2000) or fix the name",
                issue.getMessage());
    }

    @Test
    void requiredIdResourcesAreNotCheckedWithoutPools() {
        assertNoIssue(Workspace.issuesOf("a.services", "service s { ids portz }"), IssueCodes.UNKNOWN_ID_RESOURCE);
    }
}
