package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.filters.FilterTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

class GraphColouringTest {

    @Test
    void pathOfFourNeedsTwoTargets() {
        TestModels models = new TestModels();
        models.service("a").dependsOn("b");
        models.service("b").dependsOn("c");
        models.service("c").dependsOn("d");
        models.service("d");
        models.target("t1");
        models.target("t2");
        // Degrees a1 b2 c2 d1: b first (t1), then c (tie, first by degree) t2, a t2, d t1.
        assertEquals(Map.of("a", List.of("t2"), "b", List.of("t1"), "c", List.of("t2"), "d", List.of("t1")),
                asMap(run(new GraphColouring(), models.build())));
    }

    @Test
    void noServicesNoTargetsNeeded() {
        TestModels models = new TestModels();
        assertEquals(Map.of(), asMap(run(new GraphColouring(), models.build())));
    }

    @Test
    void noTargetsForOneService() {
        TestModels models = new TestModels();
        models.service("a");
        assertEquals("Not enough target machines available to compute a valid graph coloring! (the colouring needs 1"
                + " targets, the infrastructure has 0: 1 missing)",
                assertThrows(PlanningException.class, () -> run(new GraphColouring(), models.build())).getMessage());
    }

    /** DSATUR colours bipartite graphs with two colours; both algorithms colour properly. */
    @Test
    void randomBipartiteGraphs() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int left = 1 + random.nextInt(6);
            int right = 1 + random.nextInt(6);
            TestModels models = bipartite(random, left, right);
            for (int t = 0; t < left + right; t++) models.target("t" + (char) ('a' + t));
            ModelSet set = models.build();
            CandidateDistribution dsatur = run(new GraphColouring(), set, "algorithm", "dsatur");
            assertProper(set, dsatur);
            assertTrue(colours(dsatur) <= 2, "DSATUR is exact on bipartite graphs");
            assertProper(set, run(new GraphColouring(), set));
        }
    }

    private static TestModels bipartite(Random random, int left, int right) {
        TestModels models = new TestModels();
        for (int i = 0; i < left; i++) {
            TestModels.ServiceBuilder service = models.service("l" + i);
            for (int j = 0; j < right; j++) {
                if (random.nextInt(2) == 0) service.dependsOn("r" + j);
            }
        }
        for (int j = 0; j < right; j++) models.service("r" + j);
        return models;
    }

    private static long colours(CandidateDistribution result) {
        return asMap(result).values().stream().distinct().count();
    }

    private static void assertProper(ModelSet set, CandidateDistribution result) {
        Map<String, List<String>> map = asMap(result);
        for (Service service : set.servicesByName().values()) {
            for (Service dependency : service.getDependsOn()) {
                assertTrue(!map.get(service.getName()).equals(map.get(dependency.getName())),
                        service.getName() + " and " + dependency.getName() + " share " + map.get(service.getName()));
            }
        }
    }
}
