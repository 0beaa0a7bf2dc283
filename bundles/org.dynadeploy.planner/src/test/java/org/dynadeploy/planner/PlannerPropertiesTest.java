package org.dynadeploy.planner;

import static org.dynadeploy.planner.Policies.asMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.filters.Divide;
import org.dynadeploy.planner.filters.DivideRoundRobin;
import org.dynadeploy.planner.filters.MapStatefulToPrevious;
import org.dynadeploy.planner.filters.MinSetCover;
import org.dynadeploy.planner.filters.MultiwayCut;
import org.dynadeploy.planner.filters.Order;
import org.dynadeploy.planner.ids.IdAssigner;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Invariants over a few hundred seeded random deployments. */
class PlannerPropertiesTest {

    private static final int SEEDS = 300;

    private static CandidateDistribution apply(FilterStep filter, PlanningContext context, CandidateDistribution input,
            Object... parameters) {
        Parameters p = Parameters.of(filter.name(), parameters);
        filter.checkParameters(p);
        return filter.apply(context, input, p);
    }

    @Test
    void divideNeverExceedsCapacityAndPicksACandidate() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomModels random = new RandomModels(seed);
            ModelSet models = random.build(false);
            PlanningContext context = PlanningContext.of(models);
            CandidateDistribution input = random.candidates(context.universe());
            for (String strategy : List.of("greedy", "highest-bidder", "lowest-bidder")) {
                CandidateDistribution output;
                try {
                    output = apply(new Divide(), context, input, "strategy", strategy, "serviceProperty", "mem",
                            "targetProperty", "mem");
                } catch (PlanningException e) {
                    assertTrue(e.getMessage().startsWith("Unable to select a target machine for service: "), e.getMessage());
                    continue;
                }
                long[] used = new long[context.universe().targetCount()];
                for (int service : output.services()) {
                    assertEquals(1, output.candidateCount(service));
                    int target = output.target(service, 0);
                    assertTrue(input.positionOf(service, target) >= 0, "seed " + seed + ": not a candidate");
                    used[target] += Values.atoi(Properties.get(context.service(service).getProperties(), "mem").get());
                }
                for (int t = 0; t < used.length; t++) {
                    long capacity = Values.atoi(Properties.get(context.target(t).getProperties(), "mem").get());
                    assertTrue(used[t] <= capacity, "seed " + seed + " " + strategy + ": target t" + t + " over capacity");
                }
                assertEquals(input.size(), output.size());
            }
        }
    }

    @Test
    void everyOutputMappingWasACandidate() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomModels random = new RandomModels(seed);
            ModelSet models = random.build(false);
            CandidateDistribution input = random.candidates(PlanningContext.of(models).universe());
            PlanningContext context = PlanningContext.builder(models)
                    .previous(random.candidates(PlanningContext.of(models).universe()).toModel()).build();
            List<CandidateDistribution> outputs = List.of(
                    apply(new Order(), context, input, "targetProperty", "priority"),
                    apply(new MapStatefulToPrevious(), context, input),
                    apply(new DivideRoundRobin(), context, input),
                    apply(new MinSetCover(), context, input, "targetProperty", "cost"),
                    apply(new MultiwayCut(), context, input),
                    apply(new MultiwayCut(), context, input, "algorithm", "isolating-cuts"));
            for (CandidateDistribution output : outputs) {
                assertEquals(input.size(), output.size());
                for (int service : output.services()) {
                    for (int i = 0; i < output.candidateCount(service); i++) {
                        if (input.positionOf(service, output.target(service, i)) < 0) {
                            fail("seed " + seed + ": " + output + " maps outside the candidates " + input);
                        }
                    }
                }
            }
        }
    }

    @Test
    void resultsDependOnNamesNotOnDeclarationOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomModels random = new RandomModels(seed);
            Map<String, List<String>> first = null;
            for (boolean shuffled : new boolean[] {false, true, false}) {
                ModelSet models = random.build(shuffled);
                PlanningContext context = PlanningContext.of(models);
                CandidateDistribution input = random.candidates(context.universe());
                Map<String, List<String>> result = new HashMap<>();
                result.putAll(prefix("mwc", asMap(apply(new MultiwayCut(), context, input))));
                result.putAll(prefix("msc", asMap(apply(new MinSetCover(), context, input, "targetProperty", "cost"))));
                result.putAll(prefix("ord", asMap(apply(new Order(), context, input, "targetProperty", "priority"))));
                try {
                    result.putAll(prefix("col", asMap(apply(new org.dynadeploy.planner.filters.GraphColouring(), context,
                            null))));
                } catch (PlanningException tooFewTargets) {
                    result.put("col", List.of(tooFewTargets.getMessage()));
                }
                if (first == null) first = result;
                else assertEquals(first, result, "seed " + seed);
            }
        }
    }

    private static Map<String, List<String>> prefix(String prefix, Map<String, List<String>> map) {
        Map<String, List<String>> result = new HashMap<>();
        map.forEach((key, value) -> result.put(prefix + ":" + key, value));
        return result;
    }

    @Test
    void idsAreUniqueWithinTheirScopeInsideThePoolAndStable() {
        IdAssigner assigner = new IdAssigner();
        int assigned = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomModels random = new RandomModels(seed);
            ModelSet models = random.build(false);
            PlanningContext context = PlanningContext.of(models);
            // One target per service, like a planned distribution: only then is a rerun stable (a
            // service on several targets gets a new id every run, as in dydisnix).
            CandidateDistribution distribution = firstCandidates(random.candidates(context.universe()));
            IdsModel ids;
            try {
                ids = assigner.assign(models, distribution, null, null);
            } catch (PlanningException e) {
                assertTrue(e.getMessage().startsWith("The amount of IDs is depleted!"), e.getMessage());
                continue;
            }
            assigned++;
            checkIds(models, distribution, ids);
            IdsModel again = assigner.assign(models, distribution, ids, null);
            assertTrue(EcoreUtil.equals(ids, again), "seed " + seed + ": a rerun changed the ids");
            // A different distribution next time: still unique and in range.
            CandidateDistribution moved = new RandomModels(seed + 1000).candidates(context.universe());
            try {
                checkIds(models, moved, assigner.assign(models, moved, ids, null));
            } catch (PlanningException e) {
                assertTrue(e.getMessage().startsWith("The amount of IDs is depleted!"), e.getMessage());
            }
        }
        assertTrue(assigned > SEEDS / 3, "too few runs had enough ids to test anything: " + assigned);
    }

    private static CandidateDistribution firstCandidates(CandidateDistribution candidates) {
        CandidateDistribution.Builder builder = candidates.toBuilder();
        for (int service : candidates.services()) builder.keep(service, 0);
        return builder.build();
    }

    private static void checkIds(ModelSet models, CandidateDistribution distribution, IdsModel ids) {
        Map<String, IdResource> resources = models.idResourcesByName();
        for (ResourceIds table : ids.getResources()) {
            IdResource resource = resources.get(table.getResource());
            Map<String, Long> byService = new HashMap<>();
            for (IdAssignment assignment : table.getAssignments()) {
                assertTrue(assignment.getValue() >= resource.getMin() && assignment.getValue() <= resource.getMax(),
                        "outside the pool: " + assignment.getValue());
                byService.put(assignment.getService(), assignment.getValue());
            }
            if (resource.getScope() == Scope.GLOBAL) {
                assertEquals(byService.size(), new HashSet<>(byService.values()).size(), "global ids collide");
            } else {
                for (int t = 0; t < distribution.universe().targetCount(); t++) {
                    Set<Long> seen = new HashSet<>();
                    for (int service : distribution.services()) {
                        if (distribution.positionOf(service, t) < 0) continue;
                        Long id = byService.get(distribution.universe().serviceName(service));
                        if (id != null) assertTrue(seen.add(id), "ids collide on target t" + t);
                    }
                }
            }
            for (int service : distribution.services()) {
                if (distribution.candidateCount(service) > 0) {
                    assertTrue(byService.containsKey(distribution.universe().serviceName(service)),
                            "a distributed service has no " + table.getResource());
                }
            }
        }
    }
}
