package org.dynadeploy.planner;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;

class CandidateDistributionTest {

    private static ModelSet models() {
        TestModels models = new TestModels();
        models.service("b");
        models.service("a");
        models.service("é"); // sorts after ASCII in byte order
        models.target("t2");
        models.target("T1");
        return models.build();
    }

    @Test
    void theInitialDistributionIsTheByteOrderedCartesianProduct() {
        CandidateDistribution initial = CandidateDistribution.initial(Universe.of(models()));
        assertEquals("{ a = [ \"T1\" \"t2\" ]; b = [ \"T1\" \"t2\" ]; é = [ \"T1\" \"t2\" ]; }", initial.toString());
        assertFalse(initial.hasContainers());
    }

    @Test
    void convertsToAndFromDistributionModelsKeepingContainersAndOrder() {
        ModelSet models = models();
        Universe universe = Universe.of(models);
        DistributionModel model = TestModels.distribution(models, "b", List.of("t2/c", "T1"), "a", List.of());
        CandidateDistribution distribution = CandidateDistribution.fromModel(model, universe);
        assertEquals(expect("a", List.of(), "b", List.of("t2/c", "T1")), asMap(distribution));
        assertTrue(distribution.hasContainers());
        assertFalse(distribution.contains("é"));
        DistributionModel back = distribution.toModel();
        assertEquals(List.of("a", "b"), back.getMappings().stream().map(m -> m.getService().getName()).toList());
        ServiceMapping b = back.getMappings().get(1);
        assertEquals("c", b.getTargets().get(0).getContainer());
        assertEquals(distribution, CandidateDistribution.fromModel(back, universe));
    }

    @Test
    void strictReadingRejectsUnknownNames() {
        ModelSet models = models();
        Universe universe = Universe.of(models);
        assertEquals("the distribution maps service 'b' to target 'gone', which is not in the infrastructure model",
                assertThrows(PlanningException.class, () -> CandidateDistribution.fromModel(
                        TestModels.distribution(models, "b", List.of("gone")), universe)).getMessage());
        DistributionModel twice = TestModels.distribution(models, "b", List.of("T1"), "b", List.of("t2"));
        assertEquals("the distribution maps service 'b' twice; merge its mappings",
                assertThrows(PlanningException.class, () -> CandidateDistribution.fromModel(twice, universe)).getMessage());
    }

    @Test
    void buildersKeepPositionsWithTheirContainers() {
        Universe universe = Universe.of(models());
        CandidateDistribution base = CandidateDistribution.builder(universe)
                .put(0, new int[] {0, 1, 0}, new String[] {"x", null, "y"}).build();
        CandidateDistribution kept = base.toBuilder().keep(0, 2, 1).build();
        assertEquals(expect("a", List.of("T1/y", "t2")), asMap(kept));
        assertEquals(expect("a", List.of("T1/x", "t2", "T1/y")), asMap(base), "the base is immutable");
        assertEquals(0, base.positionOf(0, 0));
    }

    @Test
    void duplicateNamesAreRejected() {
        TestModels models = new TestModels();
        models.target("t");
        models.target("t");
        assertEquals("target 't' is defined twice; target names must be unique",
                assertThrows(PlanningException.class, () -> Universe.of(models.services().getServices(),
                        models.infrastructure().getTargets())).getMessage());
    }
}
