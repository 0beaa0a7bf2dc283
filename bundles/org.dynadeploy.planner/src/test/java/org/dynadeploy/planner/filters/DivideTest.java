package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.filters.FilterTestSupport.explain;
import static org.dynadeploy.planner.filters.FilterTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

class DivideTest {

    private static ModelSet models(Object tMem1, Object tMem2, Object... serviceNeeds) {
        TestModels models = new TestModels();
        for (int i = 0; i < serviceNeeds.length; i += 2) {
            models.service((String) serviceNeeds[i]).prop("mem", serviceNeeds[i + 1]);
        }
        models.target("t1").prop("mem", tMem1);
        models.target("t2").prop("mem", tMem2);
        return models.build();
    }

    private static CandidateDistribution divide(ModelSet models, String strategy) {
        return run(new Divide(), models, "strategy", strategy, "serviceProperty", "mem", "targetProperty", "mem");
    }

    @Test
    void anExactFitIsAllowedAndCapacityIsConsumedInByteOrder() {
        ModelSet set = models(10, 5, "b", 5, "a", 10);
        assertEquals(expect("a", List.of("t1"), "b", List.of("t2")), asMap(divide(set, "greedy")));
    }

    @Test
    void numbersAreReadLikeCAtoi() {
        // 10.9 truncates to 10; "12abc" reads as 12; "x" as 0.
        ModelSet set = models(10.9, "12abc", "a", 11, "b", "x", "c", 10);
        assertEquals(expect("a", List.of("t2"), "b", List.of("t1"), "c", List.of("t1")), asMap(divide(set, "greedy")));
    }

    @Test
    void biddersSendTiesToTheEarliestCandidate() {
        ModelSet set = models(100, 100, "a", 1);
        assertEquals(expect("a", List.of("t1")), asMap(divide(set, "highest-bidder")));
        assertEquals(expect("a", List.of("t1")), asMap(divide(set, "lowest-bidder")));
    }

    @Test
    void lowestBidderSkipsTargetsThatDoNotFit() {
        ModelSet set = models(5, 20, "a", 10);
        assertEquals(expect("a", List.of("t2")), asMap(divide(set, "lowest-bidder")));
    }

    @Test
    void errorsNameWhatIsMissing() {
        ModelSet set = models(10, 10, "a", 1);
        assertEquals("Unknown strategy: fastest (divide takes greedy, highest-bidder, lowest-bidder)",
                assertThrows(PlanningException.class, () -> divide(set, "fastest")).getMessage());
        assertEquals("Service: a has no property named: cpu", assertThrows(PlanningException.class,
                () -> run(new Divide(), set, "strategy", "greedy", "serviceProperty", "cpu", "targetProperty", "mem"))
                .getMessage());
        assertEquals("divide: target 't1' has no property 'cpu' to divide", assertThrows(PlanningException.class,
                () -> run(new Divide(), set, "strategy", "greedy", "serviceProperty", "mem", "targetProperty", "cpu"))
                .getMessage());
    }

    @Test
    void aServiceWithoutCandidatesCannotBePlaced() {
        ModelSet set = models(10, 10, "a", 1);
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a").build();
        assertEquals("Unable to select a target machine for service: a, because none of them has sufficient resources"
                + " left! (it needs 1 mem and has no candidate targets)", assertThrows(PlanningException.class,
                        () -> run(new Divide(), context, input, "strategy", "greedy", "serviceProperty", "mem",
                                "targetProperty", "mem")).getMessage());
    }

    @Test
    void theChosenMappingKeepsItsContainer() {
        ModelSet set = models(1, 10, "a", 5);
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe())
                .put(0, new int[] {0, 1}, new String[] {"c1", "c2"}).build();
        assertEquals(expect("a", List.of("t2/c2")), asMap(run(new Divide(), context, input, "strategy", "greedy",
                "serviceProperty", "mem", "targetProperty", "mem")));
    }

    @Test
    void explainsTheChoice() {
        ModelSet set = models(3, 10, "a", 5);
        PlanningContext context = PlanningContext.of(set);
        assertEquals(List.of("a: divide: removed t1 — not enough mem left (needs 5, has 3)",
                "a: divide: greedy chose t2 (needs 5, 10 mem left there)"),
                explain(new Divide(), context, CandidateDistribution.initial(context.universe()), "strategy", "greedy",
                        "serviceProperty", "mem", "targetProperty", "mem"));
    }
}
