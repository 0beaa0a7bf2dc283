package org.dynadeploy.lang.validation;

import static org.dynadeploy.lang.testing.IssueAssertions.assertIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.dynadeploy.lang.testing.IssueAssertions.assertNoIssue;
import static org.dynadeploy.lang.testing.IssueAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Filter calls against the catalog, steps, custom filters and the properties a policy names. */
class QosValidationTest {

    private static List<Issue> policy(String body) {
        return Workspace.issuesOf("p.qos", "policy p {\n" + body + "\n}");
    }

    private static String wrap(String body) {
        return "policy p {\n" + body + "\n}";
    }

    /** The policy checked against the example services and targets. */
    private static List<Issue> placement(String body) {
        return ExampleModels.workspaceWith("placement.qos", wrap(body)).issues("placement.qos");
    }

    // ----- filters and their signatures

    @Test
    void anUnknownFilterSuggestsTheNearestOne() {
        String text = wrap("result divde(initial, strategy: greedy, serviceProperty: a, targetProperty: b)");
        Issue issue = assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.UNKNOWN_FILTER, Severity.ERROR, text, "divde");
        assertTrue(issue.getMessage().startsWith("unknown filter 'divde'; did you mean 'divide'? Use a reference filter (mapAttrOnAttr, "),
                issue.getMessage());
        assertTrue(issue.getMessage().endsWith("or declare a custom one: filter divde = java \"...\""), issue.getMessage());
    }

    @Test
    void declaredCustomFiltersAreSuggestedToo() {
        assertIssue(policy("filter clear = java \"org.example.Clear\"\nresult cler(initial)"), IssueCodes.UNKNOWN_FILTER,
                Severity.ERROR, "unknown filter 'cler'; did you mean 'clear'?");
    }

    @Test
    void declaredCustomFiltersAreCallable() {
        List<Issue> issues = policy("filter clear = java \"org.example.Clear\"\nresult clear(initial, anything: 1)");
        assertNoIssue(issues, IssueCodes.UNKNOWN_FILTER);
        assertNoIssue(issues, IssueCodes.UNKNOWN_PARAMETER);
    }

    @Test
    void aMissingParameterIsNamed() {
        Issue issue = assertIssue(policy("result divide(initial, strategy: greedy, serviceProperty: requireMem)"),
                IssueCodes.MISSING_PARAMETER, Severity.ERROR, "divide needs the parameter 'targetProperty'");
        assertEquals(List.of("targetProperty"), List.of(issue.getData()));
    }

    @Test
    void everyMissingParameterIsReported() {
        assertEquals(3, withCode(policy("result divide(initial)"), IssueCodes.MISSING_PARAMETER).size());
        assertEquals(1, withCode(policy("result order(initial)"), IssueCodes.MISSING_PARAMETER).size());
    }

    @Test
    void anUnknownParameterSuggestsTheNearestOne() {
        String text = wrap("result mapAttrOnList(initial, serviceProperty: type, targetPropertyLst: supportedTypes)");
        List<Issue> issues = Workspace.issuesOf("p.qos", text);
        Issue issue = assertIssueAt(issues, IssueCodes.UNKNOWN_PARAMETER, Severity.ERROR, text, "targetPropertyLst");
        assertEquals("unknown parameter 'targetPropertyLst' of mapAttrOnList; did you mean 'targetPropertyList'? "
                + "mapAttrOnList takes serviceProperty and targetPropertyList", issue.getMessage());
        assertIssue(issues, IssueCodes.MISSING_PARAMETER, Severity.ERROR, "'targetPropertyList'");
    }

    @Test
    void filtersWithoutParametersTakeNone() {
        assertIssue(policy("result divideRoundRobin(initial, speed: 1)"), IssueCodes.UNKNOWN_PARAMETER, Severity.ERROR,
                "divideRoundRobin takes no parameters; remove 'speed'");
    }

    @Test
    void anArgumentIsGivenOnce() {
        List<Issue> issues = policy("result order(initial, targetProperty: cost, targetProperty: mem)");
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_ARGUMENT).size());
    }

    @Test
    void aDistributionFilterNeedsItsInput() {
        String text = wrap("result divide(strategy: greedy, serviceProperty: requireMem, targetProperty: mem)");
        Issue issue = assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.MISSING_INPUT, Severity.ERROR, text, "divide");
        assertEquals("divide transforms a candidate distribution: give it one first, e.g. divide(initial, ...)", issue.getMessage());
        assertIssue(policy("result multiwaycut()"), IssueCodes.MISSING_INPUT, Severity.ERROR, "multiwaycut(initial, ...)");
    }

    @Test
    void graphcolTakesNoInput() {
        String text = wrap("let a = initial\nresult graphcol(a)");
        Issue issue = assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.UNEXPECTED_INPUT, Severity.ERROR, text, "a");
        assertTrue(issue.getMessage().startsWith("graphcol takes no input distribution"), issue.getMessage());
        assertNoIssue(policy("result graphcol()"), IssueCodes.UNEXPECTED_INPUT);
        assertNoIssue(policy("result graphcol()"), IssueCodes.MISSING_INPUT);
    }

    @Test
    void anUnknownStrategyListsTheStrategies() {
        String text = wrap("result divide(initial, strategy: fastest, serviceProperty: requireMem, targetProperty: mem)");
        Issue issue = assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.UNKNOWN_STRATEGY, Severity.ERROR, text,
                "fastest");
        assertEquals("unknown strategy 'fastest'; use greedy, highest-bidder or lowest-bidder", issue.getMessage());
        assertIssue(policy("result divide(initial, strategy: \"gredy\", serviceProperty: a, targetProperty: b)"),
                IssueCodes.UNKNOWN_STRATEGY, Severity.ERROR,
                "unknown strategy 'gredy'; did you mean 'greedy'? Use greedy, highest-bidder or lowest-bidder");
    }

    @Test
    void algorithmsAreChoices() {
        assertNoIssue(policy("result multiwaycut(initial, algorithm: isolating-cuts)"), IssueCodes.UNKNOWN_CHOICE);
        assertNoIssue(policy("result graphcol(algorithm: dsatur)"), IssueCodes.UNKNOWN_CHOICE);
        assertIssue(policy("result graphcol(algorithm: fastest)"), IssueCodes.UNKNOWN_CHOICE, Severity.ERROR,
                "algorithm must be one of dydisnix, dsatur, not 'fastest'");
    }

    @Test
    void everyStrategyIsAccepted() {
        for (String strategy : List.of("greedy", "highest-bidder", "\"lowest-bidder\"")) {
            assertNoIssue(policy("result divide(initial, strategy: " + strategy + ", serviceProperty: a, targetProperty: b)"),
                    IssueCodes.UNKNOWN_STRATEGY);
        }
    }

    @Test
    void numbersAreNotNames() {
        assertIssue(policy("result divide(initial, strategy: 1, serviceProperty: a, targetProperty: b)"),
                IssueCodes.WRONG_ARGUMENT_TYPE, Severity.ERROR, "strategy must be one of greedy");
        String text = wrap("result order(initial, targetProperty: 3)");
        assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.WRONG_ARGUMENT_TYPE, Severity.ERROR, text, "3");
        assertIssue(policy("result order(initial, targetProperty: \"\")"), IssueCodes.WRONG_ARGUMENT_TYPE, Severity.ERROR,
                "cannot be empty");
    }

    // ----- steps and custom filters

    @Test
    void aStepNobodyUsesIsAWarning() {
        String text = wrap("let a = initial\nlet b = divideRoundRobin(a)\nresult a");
        Issue issue = assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.UNUSED_STEP, Severity.WARNING, text, "b");
        assertEquals("step 'b' is never used; use it in a later step or the result, or remove it", issue.getMessage());
    }

    @Test
    void stepsAreUnique() {
        assertEquals(2, withCode(policy("let a = initial\nlet a = previous\nresult a"), IssueCodes.DUPLICATE_STEP).size());
    }

    @Test
    void customFiltersAreUniqueAndUsed() {
        List<Issue> issues = policy("filter f = java \"a.B\"\nfilter f = java \"a.C\"\nfilter g = java \"a.D\"\nresult f(initial)");
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_CUSTOM_FILTER).size());
        assertIssue(issues, IssueCodes.UNUSED_CUSTOM_FILTER, Severity.WARNING, "filter 'g' is never called");
    }

    @Test
    void aCustomFilterHidingAReferenceFilterIsAWarning() {
        assertIssue(policy("filter order = java \"a.MyOrder\"\nresult order(initial)"),
                IssueCodes.CUSTOM_FILTER_SHADOWS_REFERENCE, Severity.WARNING, "hides the reference filter");
    }

    @Test
    void aCustomFilterNeedsAnImplementation() {
        String text = wrap("filter f = java \"  \"\nresult f(initial)");
        assertIssueAt(Workspace.issuesOf("p.qos", text), IssueCodes.EMPTY_FILTER_IMPLEMENTATION, Severity.ERROR, text, "\"  \"");
        assertIssue(policy("filter f = program \"\"\nresult f(initial)"), IssueCodes.EMPTY_FILTER_IMPLEMENTATION,
                Severity.ERROR, "program filter 'f' needs the path of its program");
    }

    @Test
    void programPathsAreAbsolute() {
        assertIssue(policy("filter f = program \"bin/filter\" with \"--xml\"\nresult f(initial)"),
                IssueCodes.RELATIVE_PROGRAM_PATH, Severity.WARNING, "program path 'bin/filter' is relative");
        assertNoIssue(policy("filter f = program \"/usr/bin/filter\"\nresult f(initial)"), IssueCodes.RELATIVE_PROGRAM_PATH);
        assertNoIssue(policy("filter f = java \"Relative\"\nresult f(initial)"), IssueCodes.RELATIVE_PROGRAM_PATH);
    }

    // ----- properties against the loaded services and targets

    @Test
    void anUnknownServicePropertySuggestsTheNearestOne() {
        String text = wrap("result divide(initial, strategy: greedy, serviceProperty: requireMemory, targetProperty: mem)");
        Issue issue = assertIssueAt(ExampleModels.workspaceWith("placement.qos", text).issues("placement.qos"),
                IssueCodes.UNKNOWN_SERVICE_PROPERTY, Severity.WARNING, text, "requireMemory");
        assertEquals("no service has a property 'requireMemory'; did you mean 'requireMem'?", issue.getMessage());
    }

    @Test
    void anUnknownTargetPropertySuggestsTheNearestOne() {
        Issue issue = assertIssue(placement("result order(initial, targetProperty: costs)"),
                IssueCodes.UNKNOWN_TARGET_PROPERTY, Severity.WARNING, "no target has a property 'costs'; did you mean 'cost'?");
        assertEquals(List.of("costs", "cost"), List.of(issue.getData()));
    }

    @Test
    void withoutAnythingCloseTheExistingPropertiesAreListed() {
        assertIssue(placement("result order(initial, targetProperty: speed)"), IssueCodes.UNKNOWN_TARGET_PROPERTY,
                Severity.WARNING, "no target has a property 'speed'; they have ");
    }

    @Test
    void dedicatedServiceAttributesAreProperties() {
        List<Issue> issues = placement("result mapAttrOnAttr(initial, serviceProperty: type, targetProperty: primaryType)");
        assertNoIssue(issues, IssueCodes.UNKNOWN_SERVICE_PROPERTY);
        assertNoIssue(issues, IssueCodes.PROPERTY_MISSING);
    }

    @Test
    void propertiesAddedByAugmentationRulesCount() {
        List<Issue> issues = placement("result order(initial, targetProperty: rack)");
        assertNoIssue(issues, IssueCodes.UNKNOWN_TARGET_PROPERTY);
        assertNoIssue(issues, IssueCodes.PROPERTY_MISSING);
    }

    @Test
    void propertiesAreNotCheckedWithoutModels() {
        List<Issue> issues = policy("result divide(initial, strategy: greedy, serviceProperty: anything, targetProperty: at_all)");
        assertNoIssue(issues, IssueCodes.UNKNOWN_SERVICE_PROPERTY);
        assertNoIssue(issues, IssueCodes.UNKNOWN_TARGET_PROPERTY);
    }

    @Test
    void servicesWithoutTheDividedPropertyAreNamed() {
        Workspace workspace = new Workspace()
                .file("s.services", "service a { mem = 1 }\nservice b { }\nservice c { }")
                .file("t.infra", "target t { mem = 4 }")
                .file("p.qos", wrap("result divide(initial, strategy: greedy, serviceProperty: mem, targetProperty: mem)"));
        assertIssue(workspace.issues("p.qos"), IssueCodes.PROPERTY_MISSING, Severity.WARNING,
                "services 'b' and 'c' have no property 'mem'; dydisnix's divide fails on a service without it: add it to them");
    }

    @Test
    void dividedTargetPropertiesAreNumbers() {
        Workspace workspace = new Workspace()
                .file("s.services", "service a { need = 1 }")
                .file("t.infra", "target t1 { mem = 4 }\ntarget t2 { mem = \"lots\" }")
                .file("p.qos", wrap("result divide(initial, strategy: greedy, serviceProperty: need, targetProperty: mem)"));
        assertIssue(workspace.issues("p.qos"), IssueCodes.PROPERTY_NOT_NUMBER, Severity.ERROR,
                "divide reads 'mem' as a number, but target 't2' has a string; give every target a number");
    }

    @Test
    void dividedServicePropertiesAreNumbers() {
        Workspace workspace = new Workspace()
                .file("s.services", "service a { need = [1] }")
                .file("t.infra", "target t1 { mem = 4 }")
                .file("p.qos", wrap("result divide(initial, strategy: greedy, serviceProperty: need, targetProperty: mem)"));
        assertIssue(workspace.issues("p.qos"), IssueCodes.PROPERTY_NOT_NUMBER, Severity.ERROR, "service 'a' has a list");
    }

    @Test
    void costsAreNumbers() {
        Workspace workspace = new Workspace()
                .file("s.services", "service a { }")
                .file("t.infra", "target t1 { cost = 1.5 }\ntarget t2 { cost = true }")
                .file("p.qos", wrap("result minsetcover(initial, targetProperty: cost)"));
        assertIssue(workspace.issues("p.qos"), IssueCodes.PROPERTY_NOT_NUMBER, Severity.ERROR, "target 't2' has a bool");
    }

    @Test
    void orderComparesNumbersOrStringsButNotBoth() {
        Workspace mixed = new Workspace()
                .file("t.infra", "target t1 { prio = 1 }\ntarget t2 { prio = \"high\" }")
                .file("p.qos", wrap("result order(initial, targetProperty: prio)"));
        assertIssue(mixed.issues("p.qos"), IssueCodes.PROPERTY_NOT_ORDERABLE, Severity.ERROR,
                "order cannot compare numbers with strings: target 't1' has an int 'prio', target 't2' a string");
        Workspace list = new Workspace()
                .file("t.infra", "target t1 { prio = [1] }")
                .file("p.qos", wrap("result order(initial, targetProperty: prio)"));
        assertIssue(list.issues("p.qos"), IssueCodes.PROPERTY_NOT_ORDERABLE, Severity.ERROR, "target 't1' has a list");
        Workspace strings = new Workspace()
                .file("t.infra", "target t1 { prio = \"a\" }\ntarget t2 { prio = \"b\" }")
                .file("p.qos", wrap("result order(initial, targetProperty: prio)"));
        assertNoIssue(strings.issues("p.qos"), IssueCodes.PROPERTY_NOT_ORDERABLE);
    }

    @Test
    void listPropertiesAreLists() {
        Workspace workspace = new Workspace()
                .file("s.services", "service a : web { zones = \"US\" }")
                .file("t.infra", "target t1 { types = [\"web\"] zone = \"US\" }\ntarget t2 { types = \"web\" zone = \"US\" }")
                .file("p.qos", wrap("""
                        let a = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: types)
                        result mapListOnAttr(a, servicePropertyList: zones, targetProperty: zone)"""));
        List<Issue> notLists = withCode(workspace.issues("p.qos"), IssueCodes.PROPERTY_NOT_LIST);
        assertEquals(2, notLists.size());
        assertTrue(notLists.get(0).getMessage().contains("mapAttrOnList reads 'types' as a list, but target 't2' has a string"));
        assertTrue(notLists.get(1).getMessage().contains("mapListOnAttr reads 'zones' as a list, but service 'a' has a string"));
        assertEquals(Severity.WARNING, notLists.get(0).getSeverity());
    }
}
