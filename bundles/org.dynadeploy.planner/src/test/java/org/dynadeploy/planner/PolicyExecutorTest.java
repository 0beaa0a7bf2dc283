package org.dynadeploy.planner;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.call;
import static org.dynadeploy.planner.Policies.customFilter;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.Policies.initial;
import static org.dynadeploy.planner.Policies.let;
import static org.dynadeploy.planner.Policies.policy;
import static org.dynadeploy.planner.Policies.previous;
import static org.dynadeploy.planner.Policies.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.explain.Decision;
import org.dynadeploy.planner.explain.Explanation;
import org.junit.jupiter.api.Test;

class PolicyExecutorTest {

    private static final String T1 = "testtarget1";
    private static final String T2 = "testtarget2";

    /** The policy of /tmp/smoke/c.qos and the design notes, on dydisnix's test models. */
    private static Policy stepwise() {
        Step typed = let("typed", call("mapAttrOnList", initial(), "serviceProperty", "type", "targetPropertyList",
                "supportedTypes"));
        Step zoned = let("zoned", call("mapListOnAttr", ref(typed), "servicePropertyList", "requireZones",
                "targetProperty", "zone"));
        Step unused = let("unused", call("minsetcover", initial(), "targetProperty", "nonexistent"));
        return policy(call("divide", ref(zoned), "strategy", "greedy", "serviceProperty", "requireMem",
                "targetProperty", "mem"), typed, zoned, unused);
    }

    @Test
    void stepsRunInOrderAndUnusedStepsDoNot() {
        PlanResult result = new PolicyExecutor().execute(stepwise(), PlanningContext.of(TestModels.dydisnix()));
        // testService3 (US, Europe) keeps both; testtarget1 has 262144 left after testService1, one short.
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T2), "testService3", List.of(T2)),
                asMap(result.distribution()));
        Explanation explanation = result.explanation();
        assertEquals(List.of("typed", "zoned", "result"), explanation.steps().stream().map(s -> s.step()).toList());
        assertEquals(List.of("step 'unused' is not used by the result; it was not run"), explanation.notes());
        assertEquals(List.of(
                "[zoned] mapListOnAttr: removed testtarget1 — target.zone 'US' not in service.requireZones ['Europe', 'Asia']",
                "[result] divide: greedy chose testtarget2 (needs 262143, 655360 mem left there)"),
                explanation.forService("testService2").stream().map(d -> "[" + d.step() + "] " + d).toList());
        assertEquals("serviceProperty: type, targetPropertyList: supportedTypes", explanation.steps().get(0).arguments());
        assertEquals(6, explanation.steps().get(0).mappingsBefore());
        assertEquals(4, explanation.steps().get(1).mappingsAfter());
    }

    @Test
    void explanationsCanBeTurnedOff() {
        PlanResult result = new PolicyExecutor(FilterRegistry.builtIn(), getClass().getClassLoader(), false)
                .execute(stepwise(), PlanningContext.of(TestModels.dydisnix()));
        assertTrue(result.explanation().decisions().isEmpty());
        assertEquals(3, result.explanation().steps().size());
    }

    @Test
    void nestedCallsAndSharedStepsRunOnce() {
        Step typed = let("typed", call("order", initial(), "targetProperty", "priority"));
        Policy policy = policy(call("divideRoundRobin", call("mapBoundServicesToPrevious", ref(typed))), typed);
        PlanResult result = new PolicyExecutor().execute(policy, PlanningContext.of(TestModels.dydisnix()));
        assertEquals(expect("testService1", List.of(T2), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(result.distribution()));
        assertEquals(List.of("order", "mapBoundServicesToPrevious", "divideRoundRobin"),
                result.explanation().steps().stream().map(s -> s.filter()).toList());
        assertEquals(Decision.Kind.REORDERED, result.explanation().forService("testService1").get(0).kind());
    }

    @Test
    void userErrorsAreClear() {
        ModelSet models = TestModels.dydisnix();
        PlanningContext context = PlanningContext.of(models);
        PolicyExecutor executor = new PolicyExecutor();
        assertEquals("the policy uses 'previous' in step 'result', but no previous distribution was given",
                assertThrows(PlanningException.class, () -> executor.execute(policy(call("order", previous(),
                        "targetProperty", "priority")), context)).getMessage());
        assertTrue(assertThrows(PlanningException.class, () -> executor.execute(policy(call("spread", initial())), context))
                .getMessage().startsWith("unknown filter 'spread'; the built-in filters are divide, divideRoundRobin,"));
        assertEquals("divide needs an input distribution as its first argument (step 'result'), e.g. divide(initial, ...)",
                assertThrows(PlanningException.class, () -> executor.execute(policy(call("divide", null, "strategy",
                        "greedy", "serviceProperty", "requireMem", "targetProperty", "mem")), context)).getMessage());
        assertEquals("graphcol takes no input distribution (step 'result'); it places every service of the services model",
                assertThrows(PlanningException.class, () -> executor.execute(policy(call("graphcol", initial())), context))
                        .getMessage());
    }

    @Test
    void previousAsASourceStartsFromTheLastDeployment() {
        ModelSet models = TestModels.dydisnix();
        PlanningContext context = PlanningContext.builder(models)
                .previous(TestModels.distribution(models, "testService1", List.of(T2))).build();
        PlanResult result = new PolicyExecutor().execute(policy(call("order", previous(), "targetProperty", "priority")),
                context);
        assertEquals(expect("testService1", List.of(T2)), asMap(result.distribution()));
    }

    @Test
    void customFiltersShadowBuiltInsAndUnknownProvidersAreReported() {
        Policy policy = policy(call("divideRoundRobin", initial()));
        policy.getFilters().add(customFilter("divideRoundRobin", CustomFilterKind.JAVA,
                ClearFilterProvider.class.getName()));
        PlanResult result = new PolicyExecutor().execute(policy, PlanningContext.of(TestModels.dydisnix()));
        assertEquals(List.of(), asMap(result.distribution()).get("testService1"));

        Policy missing = policy(call("fancy", initial()));
        missing.getFilters().add(customFilter("fancy", CustomFilterKind.JAVA, "org.example.Fancy"));
        assertEquals("filter 'fancy': no Java filter provider 'org.example.Fancy' on the class path (installed: clear"
                + " (org.dynadeploy.planner.ClearFilterProvider))", assertThrows(PlanningException.class,
                        () -> new PolicyExecutor().execute(missing, PlanningContext.of(TestModels.dydisnix())))
                        .getMessage());
    }

    /** A filter class named directly, without a ServiceLoader registration. */
    public static final class FirstCandidate implements FilterStep {
        @Override
        public String name() {
            return "firstCandidate";
        }

        @Override
        public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
            CandidateDistribution.Builder result = input.toBuilder();
            for (int service : input.services()) {
                if (input.candidateCount(service) > 0) result.keep(service, 0);
            }
            return result.build();
        }
    }

    @Test
    void aJavaFilterCanBeNamedByItsClass() {
        Policy policy = policy(call("first", initial()));
        policy.getFilters().add(customFilter("first", CustomFilterKind.JAVA, FirstCandidate.class.getName()));
        PlanResult result = new PolicyExecutor().execute(policy, PlanningContext.of(TestModels.dydisnix()));
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T1)),
                asMap(result.distribution()));
        assertEquals("first", result.explanation().steps().get(0).filter());

        Policy wrong = policy(call("bad", initial()));
        wrong.getFilters().add(customFilter("bad", CustomFilterKind.JAVA, String.class.getName()));
        assertEquals("filter 'bad': class java.lang.String implements neither org.dynadeploy.planner.CustomFilterProvider"
                + " nor org.dynadeploy.planner.FilterStep", assertThrows(PlanningException.class,
                        () -> new PolicyExecutor().execute(wrong, PlanningContext.of(TestModels.dydisnix()))).getMessage());
    }
}
