package org.dynadeploy.planner;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.call;
import static org.dynadeploy.planner.Policies.customFilter;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.Policies.initial;
import static org.dynadeploy.planner.Policies.plan;
import static org.dynadeploy.planner.Policies.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;

/**
 * The assertions of dydisnix's tests/gendist.nix (cases gendist-03 to gendist-22), run on the same
 * models through the policy executor. gendist-01/02 test --filter-buildable, which builds Nix
 * packages and has no counterpart in the planner.
 */
class GendistConformanceTest {

    private static final String T1 = "testtarget1";
    private static final String T2 = "testtarget2";
    private static final String T3 = "testtarget3";

    private static ModelSet threeTargets() {
        return TestModels.dydisnixServices().dydisnixTargets(3, 0).build();
    }

    private static ModelSet underCapacity() {
        return TestModels.dydisnixServices().dydisnixTargets(2, 1).build();
    }

    @Test
    void gendist03_mapAttrOnAttr() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(plan(TestModels.dydisnix(), call("mapAttrOnAttr", initial(), "serviceProperty", "requireZone",
                        "targetProperty", "zone"))));
    }

    @Test
    void gendist04_mapAttrOnList() {
        assertEquals(expect("testService1", List.of(T1, T2), "testService2", List.of(T1, T2), "testService3",
                List.of(T1, T2)), asMap(plan(TestModels.dydisnix(), call("mapAttrOnList", initial(), "serviceProperty",
                        "type", "targetPropertyList", "supportedTypes"))));
    }

    @Test
    void gendist05_mapListOnAttr() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T2), "testService3", List.of(T1, T2)),
                asMap(plan(TestModels.dydisnix(), call("mapListOnAttr", initial(), "servicePropertyList",
                        "requireZones", "targetProperty", "zone"))));
    }

    @Test
    void gendist06_orderReversesByPriority() {
        assertEquals(expect("testService1", List.of(T2, T1), "testService2", List.of(T2, T1), "testService3",
                List.of(T2, T1)), asMap(plan(TestModels.dydisnix(), call("order", initial(), "targetProperty", "priority"))));
    }

    private static CandidateDistribution divide(ModelSet models, String strategy) {
        return plan(models, call("divide", initial(), "strategy", strategy, "serviceProperty", "requireMem",
                "targetProperty", "mem"));
    }

    @Test
    void gendist07_greedy() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(divide(TestModels.dydisnix(), "greedy")));
    }

    @Test
    void gendist08_greedyUnderCapacity() {
        PlanningException error = assertThrows(PlanningException.class, () -> divide(underCapacity(), "greedy"));
        assertEquals("Unable to select a target machine for service: testService1, because none of them has sufficient"
                + " resources left! (it needs 262144 requireMem; the most any candidate has left is 1 on testtarget1)",
                error.getMessage());
    }

    @Test
    void gendist09_highestBidder() {
        assertEquals(expect("testService1", List.of(T2), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(divide(TestModels.dydisnix(), "highest-bidder")));
    }

    @Test
    void gendist10_highestBidderUnderCapacity() {
        assertThrows(PlanningException.class, () -> divide(underCapacity(), "highest-bidder"));
    }

    @Test
    void gendist11_lowestBidder() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(divide(TestModels.dydisnix(), "lowest-bidder")));
    }

    @Test
    void gendist12_lowestBidderUnderCapacity() {
        assertThrows(PlanningException.class, () -> divide(underCapacity(), "lowest-bidder"));
    }

    @Test
    void gendist13_roundRobin() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T2), "testService3", List.of(T1)),
                asMap(plan(TestModels.dydisnix(), call("divideRoundRobin", initial()))));
    }

    @Test
    void gendist14_minsetcover() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T1)),
                asMap(plan(TestModels.dydisnix(), call("minsetcover", initial(), "targetProperty", "cost"))));
    }

    @Test
    void gendist15_minsetcoverAfterMapListOnAttr() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T2)),
                asMap(plan(TestModels.dydisnix(), call("minsetcover", call("mapListOnAttr", initial(),
                        "servicePropertyList", "requireAccess", "targetProperty", "access"), "targetProperty", "cost"))));
    }

    @Test
    void gendist16_multiwaycutTwoTargets() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T1)),
                asMap(plan(TestModels.dydisnix(), call("multiwaycut", initial()))));
    }

    @Test
    void gendist17_multiwaycutThreeTargets() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T1)),
                asMap(plan(threeTargets(), call("multiwaycut", initial()))));
    }

    @Test
    void gendist18_graphcolThreeTargets() {
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T2), "testService3", List.of(T3)),
                asMap(plan(threeTargets(), call("graphcol", null))));
    }

    @Test
    void gendist19_graphcolNeedsAThirdTarget() {
        PlanningException error = assertThrows(PlanningException.class,
                () -> plan(TestModels.dydisnix(), call("graphcol", null)));
        assertEquals("Not enough target machines available to compute a valid graph coloring! (the colouring needs 3"
                + " targets, the infrastructure has 2: 1 missing)", error.getMessage());
    }

    /** qos-firsttargets.nix deployed first: every service on its first candidate, testtarget1. */
    private static PlanningContext afterFirstTargets(ModelSet models) {
        return PlanningContext.builder(models).previous(TestModels.distribution(models, "testService1", List.of(T1),
                "testService2", List.of(T1), "testService3", List.of(T1))).build();
    }

    @Test
    void gendist20_mapStatefulToPrevious() {
        ModelSet models = TestModels.dydisnix();
        Policy policy = policy(call("mapStatefulToPrevious", initial()));
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1, T2), "testService3",
                List.of(T1, T2)), asMap(new PolicyExecutor().execute(policy, afterFirstTargets(models)).distribution()));
    }

    @Test
    void gendist21_mapBoundServicesToPrevious() {
        ModelSet models = TestModels.dydisnix();
        Policy policy = policy(call("mapBoundServicesToPrevious", initial()));
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T1), "testService3", List.of(T1)),
                asMap(new PolicyExecutor().execute(policy, afterFirstTargets(models)).distribution()));
    }

    @Test
    void gendist22_customFilterClearsEveryTarget() {
        Policy policy = policy(call("clear", initial()));
        policy.getFilters().add(customFilter("clear", CustomFilterKind.JAVA, ClearFilterProvider.ID));
        CandidateDistribution result = new PolicyExecutor().execute(policy, PlanningContext.of(TestModels.dydisnix()))
                .distribution();
        assertEquals(expect("testService1", List.of(), "testService2", List.of(), "testService3", List.of()), asMap(result));
    }

    @Test
    void withoutPolicyTheResultIsTheInitialDistribution() {
        CandidateDistribution result = new PolicyExecutor().execute(PlanningContext.of(TestModels.dydisnix())).distribution();
        assertEquals(expect("testService1", List.of(T1, T2), "testService2", List.of(T1, T2), "testService3",
                List.of(T1, T2)), asMap(result));
        assertTrue(result.toString().startsWith("{ testService1 = [ \"testtarget1\" \"testtarget2\" ];"));
    }
}
