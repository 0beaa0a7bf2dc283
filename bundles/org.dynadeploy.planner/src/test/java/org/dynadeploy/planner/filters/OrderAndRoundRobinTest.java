package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.expect;
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

class OrderAndRoundRobinTest {

    private static ModelSet targets(Object... namesAndPriorities) {
        TestModels models = new TestModels();
        models.service("a");
        models.service("b");
        models.service("c");
        for (int i = 0; i < namesAndPriorities.length; i += 2) {
            models.target((String) namesAndPriorities[i]).prop("priority", namesAndPriorities[i + 1]);
        }
        return models.build();
    }

    @Test
    void orderIsStableForEqualKeys() {
        ModelSet set = targets("t1", 2, "t2", 1, "t3", 2, "t4", 1.0);
        CandidateDistribution result = run(new Order(), set, "targetProperty", "priority");
        assertEquals(List.of("t2", "t4", "t1", "t3"), asMap(result).get("a"));
    }

    @Test
    void orderComparesStringsByBytes() {
        ModelSet set = targets("t1", "b", "t2", "B", "t3", "a");
        assertEquals(List.of("t2", "t3", "t1"), asMap(run(new Order(), set, "targetProperty", "priority")).get("a"));
    }

    @Test
    void orderRejectsMixedKinds() {
        ModelSet set = targets("t1", 1, "t2", "x");
        PlanningException error = assertThrows(PlanningException.class,
                () -> run(new Order(), set, "targetProperty", "priority"));
        assertEquals("order: cannot compare property 'priority' of target 't1' (1) with that of 't2' ('x'); order needs"
                + " all numbers or all strings", error.getMessage());
    }

    @Test
    void orderNeverComparesASingleCandidate() {
        ModelSet set = targets("t1", List.of(1), "t2", "x");
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a", "t1").build();
        assertEquals(expect("a", List.of("t1")), asMap(run(new Order(), context, input, "targetProperty", "priority")));
    }

    @Test
    void roundRobinTakesTheSuccessorInTheServicesOwnList() {
        ModelSet set = targets("t1", 1, "t2", 1, "t3", 1);
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe())
                .put("a", "t1", "t2", "t3")
                .put("b", "t3", "t1") // successor of t1 in b's list is ... wrapping to t3
                .put("c", "t2", "t3") // t3 is b's choice; its successor wraps to t2
                .build();
        assertEquals(expect("a", List.of("t1"), "b", List.of("t3"), "c", List.of("t2")),
                asMap(run(new DivideRoundRobin(), context, input)));
    }

    @Test
    void roundRobinFallsBackToTheFirstCandidate() {
        ModelSet set = targets("t1", 1, "t2", 1, "t3", 1);
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe())
                .put("a", "t1").put("b", "t2", "t3").put("c", "t3").build();
        assertEquals(expect("a", List.of("t1"), "b", List.of("t2"), "c", List.of("t3")),
                asMap(run(new DivideRoundRobin(), context, input)));
    }

    @Test
    void roundRobinFailsOnAServiceWithoutCandidates() {
        ModelSet set = targets("t1", 1);
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a", "t1").put("b").build();
        assertEquals("Cannot find a target machine! (divideRoundRobin: service 'b' has no candidate targets)",
                assertThrows(PlanningException.class, () -> run(new DivideRoundRobin(), context, input)).getMessage());
    }
}
