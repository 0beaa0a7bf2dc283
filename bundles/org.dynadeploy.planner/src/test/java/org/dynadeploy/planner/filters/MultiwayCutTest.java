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

class MultiwayCutTest {

    /** a depends on b; a may go to t1 or t2, b only to t2; c, d, e only to t1. */
    private static PlanningContext context() {
        TestModels models = new TestModels();
        models.service("a").dependsOn("b");
        models.service("b");
        models.service("c");
        models.service("d");
        models.service("e");
        models.target("t1");
        models.target("t2");
        return PlanningContext.of(models.build());
    }

    private static CandidateDistribution input(PlanningContext context) {
        return CandidateDistribution.builder(context.universe()).put("a", "t1", "t2").put("b", "t2").put("c", "t1")
                .put("d", "t1").put("e", "t1").build();
    }

    @Test
    void dydisnixKeepsTheHeaviestTerminalsCandidates() {
        PlanningContext context = context();
        // t1 has four mappings, t2 two: t1's cut is discarded, so a stays on t1 away from b.
        assertEquals(expect("a", List.of("t1"), "b", List.of("t2"), "c", List.of("t1"), "d", List.of("t1"), "e",
                List.of("t1")), asMap(run(new MultiwayCut(), context, input(context))));
    }

    @Test
    void isolatingCutsKeepDependentServicesTogether() {
        PlanningContext context = context();
        assertEquals(expect("a", List.of("t2"), "b", List.of("t2"), "c", List.of("t1"), "d", List.of("t1"), "e",
                List.of("t1")), asMap(run(new MultiwayCut(), context, input(context), "algorithm", "isolating-cuts")));
    }

    @Test
    void aTerminalAloneInItsComponentKeepsItsServices() {
        TestModels models = new TestModels();
        models.service("a");
        models.service("b").dependsOn("c");
        models.service("c");
        models.target("t1");
        models.target("t2");
        models.target("t3");
        PlanningContext context = PlanningContext.of(models.build());
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a", "t3", "t3")
                .put("b", "t2", "t1").put("c", "t1").build();
        // {a, t3} is its own component; in {b, c, t1, t2} t1 has two mappings and wins.
        assertEquals(expect("a", List.of("t3", "t3"), "b", List.of("t1"), "c", List.of("t1")),
                asMap(run(new MultiwayCut(), context, input)));
    }

    @Test
    void orphansGoToTheirFirstCandidate() {
        TestModels models = new TestModels();
        for (String name : List.of("a", "b", "c", "d")) models.service(name);
        models.target("t1");
        models.target("t2");
        models.target("t3");
        PlanningContext context = PlanningContext.of(models.build());
        // One component; every terminal weighs 2, so t1 (first in byte order) keeps its links and
        // a and d lose all theirs: they go back to their first candidate, t3.
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a", "t3", "t2")
                .put("b", "t1", "t2").put("c", "t1").put("d", "t3").build();
        assertEquals(expect("a", List.of("t3"), "b", List.of("t1"), "c", List.of("t1"), "d", List.of("t3")),
                asMap(run(new MultiwayCut(), context, input)));
    }

    @Test
    void dependenciesOutsideTheDistributionAreIgnoredAndEmptyListsRejected() {
        TestModels models = new TestModels();
        models.service("a").dependsOn("b");
        models.service("b");
        models.target("t1");
        PlanningContext context = PlanningContext.of(models.build());
        CandidateDistribution onlyA = CandidateDistribution.builder(context.universe()).put("a", "t1").build();
        assertEquals(expect("a", List.of("t1")), asMap(run(new MultiwayCut(), context, onlyA)));
        CandidateDistribution empty = CandidateDistribution.builder(context.universe()).put("a").build();
        assertEquals("multiwaycut: service 'a' has no candidate targets",
                assertThrows(PlanningException.class, () -> run(new MultiwayCut(), context, empty)).getMessage());
        assertEquals("multiwaycut: unknown algorithm 'exact' (use dydisnix or isolating-cuts)",
                assertThrows(PlanningException.class, () -> run(new MultiwayCut(), context, onlyA, "algorithm", "exact"))
                        .getMessage());
    }

    @Test
    void servicesOfTheUpstreamTestAllGoToTheFirstTarget() {
        ModelSet set = TestModels.dydisnix();
        assertEquals(List.of("testtarget1"), asMap(run(new MultiwayCut(), set, "algorithm", "isolating-cuts"))
                .get("testService3"));
    }
}
