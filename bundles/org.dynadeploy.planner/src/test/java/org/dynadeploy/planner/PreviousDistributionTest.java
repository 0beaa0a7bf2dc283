package org.dynadeploy.planner;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.call;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.Policies.initial;
import static org.dynadeploy.planner.Policies.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;

/** The filters that read the previous distribution, and pins. */
class PreviousDistributionTest {

    private static final String T1 = "testtarget1";
    private static final String T2 = "testtarget2";

    private static PlanResult run(String filter, DistributionModel previous, ModelSet models) {
        PlanningContext context = PlanningContext.builder(models).previous(previous).build();
        return new PolicyExecutor().execute(policy(call(filter, initial())), context);
    }

    @Test
    void withoutPreviousDistributionBothFiltersReturnTheirInput() {
        ModelSet models = TestModels.dydisnix();
        CandidateDistribution initial = CandidateDistribution.initial(PlanningContext.of(models).universe());
        assertEquals(initial, run("mapStatefulToPrevious", null, models).distribution());
        assertEquals(initial, run("mapBoundServicesToPrevious", null, models).distribution());
    }

    @Test
    void containerFormPreviousStillMatchesByTarget() {
        // dydisnix compares whole list elements, so {target; container} never equals "testtarget1"
        // and a stateful service ends with no candidates. We compare targets.
        ModelSet models = TestModels.dydisnix();
        DistributionModel previous = TestModels.distribution(models, "testService1", List.of(T2 + "/echo"));
        assertEquals(List.of(T2), asMap(run("mapStatefulToPrevious", previous, models).distribution()).get("testService1"));
    }

    @Test
    void boundServicesTakeThePreviousMappingsWithTheirContainers() {
        ModelSet models = TestModels.dydisnix();
        DistributionModel previous = TestModels.distribution(models, "testService2", List.of(T2 + "/echo", T1));
        assertEquals(expect("testService1", List.of(T1, T2), "testService2", List.of(T2 + "/echo", T1), "testService3",
                List.of(T1, T2)), asMap(run("mapBoundServicesToPrevious", previous, models).distribution()));
    }

    @Test
    void previousMappingsToVanishedTargetsAreDroppedWithANote() {
        ModelSet models = TestModels.dydisnix();
        DistributionModel previous = TestModels.distribution(models, "testService1", List.of("oldtarget", T2));
        PlanResult result = run("mapStatefulToPrevious", previous, models);
        assertEquals(List.of(T2), asMap(result.distribution()).get("testService1"));
        assertEquals(List.of("previous distribution: service 'testService1' was on target 'oldtarget', which is no longer"
                + " in the infrastructure; that mapping is ignored"), result.explanation().notes());
    }

    @Test
    void pinnedMappingsOverrideThePolicy() {
        ModelSet models = TestModels.dydisnix();
        DistributionModel previous = TestModels.distribution(models, "testService3", List.of(T2 + "/echo"));
        previous.getMappings().get(0).setPinned(true);
        PlanResult result = run("divideRoundRobin", previous, models);
        assertEquals(expect("testService1", List.of(T1), "testService2", List.of(T2), "testService3",
                List.of(T2 + "/echo")), asMap(result.distribution()));
        assertTrue(result.isPinned("testService3"));
        assertFalse(result.isPinned("testService1"));
        assertTrue(result.toModel().getMappings().get(2).isPinned());
        assertEquals(List.of("pin: removed testtarget1 — replaced by the service's pinned mapping",
                "pin: added testtarget2 — pinned in the previous distribution"),
                result.explanation().forService("testService3").stream().filter(d -> d.filter().equals("pin"))
                        .map(Object::toString).toList());
    }
}
