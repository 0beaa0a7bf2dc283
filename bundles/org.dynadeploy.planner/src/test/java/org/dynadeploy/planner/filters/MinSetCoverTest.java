package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.filters.FilterTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

/** The cases where dydisnix's minsetcover loops forever terminate here. */
class MinSetCoverTest {

    private static ModelSet models() {
        TestModels models = new TestModels();
        models.service("s1");
        models.service("s2");
        models.service("s3");
        models.target("a").prop("cost", 0);
        models.target("b").prop("cost", 10);
        return models.build();
    }

    @Test
    void aZeroCostTargetWithNothingLeftToCoverDoesNotHang() {
        // Upstream computes 0/0 = NaN for 'a' once s1 is covered, picks it forever and never covers s2.
        ModelSet set = models();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe())
                .put("s1", "a").put("s2", "b").put("s3", "b", "a").build();
        CandidateDistribution result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> run(new MinSetCover(), context, input, "targetProperty", "cost"));
        assertEquals(expect("s1", List.of("a"), "s2", List.of("b"), "s3", List.of("a")), asMap(result));
    }

    @Test
    void servicesMissingFromTheDistributionAreNotWaitedFor() {
        ModelSet set = models();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("s2", "b", "a").build();
        CandidateDistribution result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> run(new MinSetCover(), context, input, "targetProperty", "cost"));
        assertEquals(expect("s2", List.of("a")), asMap(result));
    }

    @Test
    void aServiceWithoutCandidatesIsAnError() {
        ModelSet set = models();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("s1", "a").put("s2").build();
        assertEquals("minsetcover: service 's2' has no candidate targets, so no set of targets can cover it",
                assertThrows(PlanningException.class, () -> run(new MinSetCover(), context, input, "targetProperty",
                        "cost")).getMessage());
    }

    @Test
    void aMissingCostIsAnError() {
        assertEquals("minsetcover: target 'a' has no property 'price'", assertThrows(PlanningException.class,
                () -> run(new MinSetCover(), models(), "targetProperty", "price")).getMessage());
    }

    @Test
    void tiesGoToTheFirstTargetInByteOrder() {
        TestModels models = new TestModels();
        models.service("s");
        models.target("b").prop("cost", 5);
        models.target("a").prop("cost", 5);
        assertEquals(expect("s", List.of("a")), asMap(run(new MinSetCover(), models.build(), "targetProperty", "cost")));
    }
}
