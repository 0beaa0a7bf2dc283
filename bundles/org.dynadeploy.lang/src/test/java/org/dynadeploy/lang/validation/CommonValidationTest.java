package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertMarks;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules every language shares: empty files, duplicate properties, where secrets may appear. */
class CommonValidationTest {

    @ParameterizedTest
    @ValueSource(strings = { "a.services", "a.infra", "a.idres", "a.dist", "a.ids" })
    void anEmptyFileIsWorthAWarning(String file) {
        List<Issue> issues = Workspace.issuesOf(file, "// nothing here yet\n");
        assertIssue(issues, IssueCodes.EMPTY_MODEL, Severity.WARNING, "empty model file");
    }

    @ParameterizedTest
    @ValueSource(strings = { "a.services", "a.infra", "a.idres", "a.dist", "a.ids" })
    void aBlankFileIsWorthAWarning(String file) {
        assertIssue(Workspace.issuesOf(file, ""), IssueCodes.EMPTY_MODEL, Severity.WARNING, "delete the file");
    }

    @Test
    void aFileWithAnElementIsNotEmpty() {
        assertNoIssue(Workspace.issuesOf("a.services", "service s { }"), IssueCodes.EMPTY_MODEL);
        assertNoIssue(Workspace.issuesOf("a.idres", "pool p 1..2"), IssueCodes.EMPTY_MODEL);
    }

    @Test
    void propertiesOfAServiceAreUnique() {
        String text = "service s {\n  mem = 1\n  cpu = 2\n  mem = 3\n}";
        List<Issue> duplicates = withCode(Workspace.issuesOf("a.services", text), IssueCodes.DUPLICATE_PROPERTY);
        assertEquals(2, duplicates.size(), "both declarations are marked");
        assertEquals(Severity.ERROR, duplicates.get(0).getSeverity());
        assertTrue(duplicates.get(0).getMessage().contains("property 'mem' is set twice in service 's' (also on line 4)"),
                duplicates.get(0).getMessage());
        duplicates.forEach(issue -> assertMarks(issue, text, "mem"));
    }

    @Test
    void propertiesOfTargetsContainersRulesAndAttributeSetsAreUnique() {
        assertEquals(2, withCode(Workspace.issuesOf("a.infra", "target t { a = 1 a = 1 }"), IssueCodes.DUPLICATE_PROPERTY).size());
        assertEquals(2, withCode(Workspace.issuesOf("a.infra", "target t { container c { p = 1 p = 2 } }"),
                IssueCodes.DUPLICATE_PROPERTY).size());
        assertEquals(2, withCode(Workspace.issuesOf("a.infra", "augment r all targets { p = 1 p = 2 }"),
                IssueCodes.DUPLICATE_PROPERTY).size());
        List<Issue> nested = withCode(Workspace.issuesOf("a.services", "service s { x = { k = 1 k = 2 } }"),
                IssueCodes.DUPLICATE_PROPERTY);
        assertEquals(2, nested.size());
        assertTrue(nested.get(0).getMessage().contains("in this attribute set"));
    }

    @Test
    void samePropertyNameInDifferentElementsIsFine() {
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { a = 1 container c { a = 1 } }\ntarget u { a = 1 }"),
                IssueCodes.DUPLICATE_PROPERTY);
    }

    @Test
    void secretsAreAllowedInAugmentationRules() {
        List<Issue> issues = Workspace.issuesOf("a.infra", """
                target t { container db }
                augment creds targets with container db {
                    token = env("TOKEN")
                    container db { password = secret("db/password") }
                }
                """);
        assertNoIssue(issues, IssueCodes.SECRET_OUTSIDE_AUGMENTATION);
    }

    @Test
    void secretsInTargetsAreErrors() {
        String text = "target t { password = env(\"PW\") }";
        assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.SECRET_OUTSIDE_AUGMENTATION, Severity.ERROR, text,
                "env(\"PW\")");
        assertIssue(Workspace.issuesOf("a.infra", "target t { container c { key = secret(\"k\") } }"),
                IssueCodes.SECRET_OUTSIDE_AUGMENTATION, Severity.ERROR,
                "secrets belong in augmentation rules so they never enter discovered models");
    }

    @Test
    void secretsInServicesAreErrors() {
        assertIssue(Workspace.issuesOf("a.services", "service s { password = { nested = [env(\"PW\")] } }"),
                IssueCodes.SECRET_OUTSIDE_AUGMENTATION, Severity.ERROR, "move this property into an 'augment' rule");
    }

    @Test
    void selectorsCannotCompareWithSecrets() {
        assertIssue(Workspace.issuesOf("a.infra", "target t { pw = \"x\" }\naugment r targets where pw = env(\"PW\") { a = 1 }"),
                IssueCodes.SECRET_OUTSIDE_AUGMENTATION, Severity.ERROR, "a selector cannot compare with a secret");
    }

    @Test
    void clausesWrittenTwiceLoseAllButTheLast() {
        String text = "service s { description \"old\" stateful description \"new\" }";
        assertIssueAt(Workspace.issuesOf("a.services", text), IssueCodes.DUPLICATE_CLAUSE, Severity.ERROR, text, "\"old\"");
        String target = "target t { cores 2 system \"a\" cores 4 }";
        Issue cores = assertIssueAt(Workspace.issuesOf("a.infra", target), IssueCodes.DUPLICATE_CLAUSE, Severity.ERROR, target, "2");
        assertEquals("'cores' is written more than once here and only the last one counts; remove this one", cores.getMessage());
        String docs = "docs { fields type }\ndocs { fields description }";
        assertIssueAt(Workspace.issuesOf("a.services", docs), IssueCodes.DUPLICATE_CLAUSE, Severity.ERROR, docs,
                "docs { fields type }");
        assertNoIssue(Workspace.issuesOf("a.services", "service s { description \"d\" stateful }"), IssueCodes.DUPLICATE_CLAUSE);
    }
}
