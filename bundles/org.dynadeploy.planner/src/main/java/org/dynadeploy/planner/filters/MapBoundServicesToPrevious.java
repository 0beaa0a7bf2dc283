package org.dynadeploy.planner.filters;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;

/**
 * Binds every service that was deployed before to its previous mappings: they replace its
 * candidates wholesale, even targets that were no candidate (as in dydisnix). New services keep
 * their candidates. Without a previous distribution the input is returned unchanged.
 */
public final class MapBoundServicesToPrevious extends ReferenceFilter {

    public static final String NAME = "mapBoundServicesToPrevious";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        CandidateDistribution previous = context.previous();
        if (previous == null) return input;
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            if (!previous.contains(service)) continue;
            int count = previous.candidateCount(service);
            String[] containers = new String[count];
            for (int i = 0; i < count; i++) {
                containers[i] = previous.container(service, i);
                int target = previous.target(service, i);
                context.reasons().removed(service, target, () -> "bound to its target in the previous distribution");
            }
            for (int i = 0; i < input.candidateCount(service); i++) {
                context.reasons().removed(service, input.target(service, i),
                        () -> "replaced by the service's mappings in the previous distribution");
            }
            result.put(service, previous.targets(service), containers);
        }
        return result.build();
    }
}
