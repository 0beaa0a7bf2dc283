package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class InfrastructureValidationTest {

    @Test
    void targetNamesAreUniqueAcrossFiles() {
        Workspace workspace = new Workspace().file("a.infra", "target t1 { }").file("b.infra", "target t1 { }\ntarget t2 { }");
        assertIssue(workspace.issues("a.infra"), IssueCodes.DUPLICATE_TARGET, Severity.ERROR,
                "duplicate target 't1' (also declared in b.infra:1)");
        assertIssue(workspace.issues("b.infra"), IssueCodes.DUPLICATE_TARGET, Severity.ERROR, "target names are global");
    }

    @Test
    void containersOfATargetAreUnique() {
        List<Issue> issues = Workspace.issuesOf("a.infra", "target t { container db container web container db { p = 1 } }");
        List<Issue> duplicates = withCode(issues, IssueCodes.DUPLICATE_CONTAINER);
        assertEquals(2, duplicates.size());
        assertEquals(Severity.ERROR, duplicates.get(0).getSeverity());
        List<Issue> inRule = withCode(Workspace.issuesOf("a.infra", "augment r all targets { container c container c }"),
                IssueCodes.DUPLICATE_CONTAINER);
        assertEquals(2, inRule.size());
        assertEquals("container 'c' is declared twice in augmentation rule 'r' (also on line 1); merge their properties into one block",
                inRule.get(0).getMessage());
    }

    @Test
    void theSameContainerOnTwoTargetsIsFine() {
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { container db }\ntarget u { container db }"),
                IssueCodes.DUPLICATE_CONTAINER);
    }

    @Test
    void augmentationRuleNamesAreUniqueInAFile() {
        List<Issue> issues = Workspace.issuesOf("a.infra", "augment r all targets { a = 1 }\naugment r all targets { b = 1 }");
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_AUGMENTATION).size());
    }

    @Test
    void targetAttributesWrittenAsPropertiesAreWarnings() {
        String text = "target t { numOfCores = 4 }";
        Issue issue = assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.RESERVED_PROPERTY, Severity.WARNING, text,
                "numOfCores");
        assertEquals("'numOfCores' here is a generic property, not the target's attribute: write cores 2", issue.getMessage());
        assertIssue(Workspace.issuesOf("a.infra", "target t { \"system\" = \"x86_64-linux\" }"), IssueCodes.RESERVED_PROPERTY,
                Severity.WARNING, "write system \"x86_64-linux\"");
    }

    @Test
    void theIdentifyingPropertyIsAString() {
        String text = "target t { hostname = 42 }";
        assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.WRONG_PROPERTY_TYPE, Severity.WARNING, text, "42");
        assertIssue(Workspace.issuesOf("a.infra", "target t { targetProperty address address = [\"a\"] }"),
                IssueCodes.WRONG_PROPERTY_TYPE, Severity.WARNING, "'address' identifies the target for Disnix");
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { hostname = \"t.example.org\" }"), IssueCodes.WRONG_PROPERTY_TYPE);
    }

    @Test
    void aTargetHasAtLeastOneCore() {
        String text = "target t { cores 0 }";
        assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.INVALID_CORES, Severity.ERROR, text, "0");
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { cores 1 }"), IssueCodes.INVALID_CORES);
    }

    @Test
    void anExplicitTargetPropertyMustExist() {
        String text = "target t { targetProperty adress address = \"10.0.0.1\" }";
        Issue issue = assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.MISSING_TARGET_IDENTIFIER,
                Severity.WARNING, text, "adress");
        assertEquals("target 't' is identified by its property 'adress', but has no such property; did you mean 'address'? "
                + "Add the property or fix targetProperty", issue.getMessage());
    }

    @Test
    void theTargetPropertyMayComeFromAnAugmentationRule() {
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { targetProperty address }\naugment a target t { address = \"x\" }"),
                IssueCodes.MISSING_TARGET_IDENTIFIER);
    }

    @Test
    void targetsWithTheSameHostnameCannotBeToldApart() {
        Workspace workspace = new Workspace()
                .file("a.infra", "target t1 { hostname = \"box\" }")
                .file("b.infra", "target t2 { hostname = \"box\" }\ntarget t3 { hostname = \"other\" }");
        assertIssue(workspace.issues("a.infra"), IssueCodes.DUPLICATE_TARGET_IDENTIFIER, Severity.WARNING,
                "targets 't1' and 't2' have the same hostname 'box'");
        assertEquals(1, withCode(workspace.issues("b.infra"), IssueCodes.DUPLICATE_TARGET_IDENTIFIER).size());
    }

    @Test
    void aContainerSelectorNamesAContainerSomeTargetHas() {
        String text = "target t { container mysql-database }\naugment creds targets with container mysql-databse { a = 1 }";
        Issue issue = assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.UNKNOWN_SELECTOR_CONTAINER,
                Severity.WARNING, text, "mysql-databse");
        assertEquals("no target has a container 'mysql-databse'; did you mean 'mysql-database'? "
                + "This rule applies to none of the modelled targets", issue.getMessage());
    }

    @Test
    void selectorsAreNotCheckedWithoutTargets() {
        // Augmentation-only files complete discovered infrastructure: there is nothing to check against.
        List<Issue> issues = Workspace.issuesOf("a.infra",
                "augment creds targets with container mysql-database { a = 1 }\naugment b targets where zone = \"US\" { c = 1 }");
        assertNoIssue(issues, IssueCodes.UNKNOWN_SELECTOR_CONTAINER);
        assertNoIssue(issues, IssueCodes.UNKNOWN_SELECTOR_PROPERTY);
    }

    @Test
    void aPropertySelectorNamesAPropertySomeTargetHas() {
        String text = "target t { zone = \"US\" }\naugment b targets where zon = \"US\" { c = 1 }";
        assertIssueAt(Workspace.issuesOf("a.infra", text), IssueCodes.UNKNOWN_SELECTOR_PROPERTY, Severity.WARNING, text, "zon");
        assertNoIssue(Workspace.issuesOf("a.infra", "target t { zone = \"US\" }\naugment b targets where zone = \"EU\" { c = 1 }"),
                IssueCodes.UNKNOWN_SELECTOR_PROPERTY);
    }
}
