package org.dynadeploy.planner.filters;

import java.util.Arrays;

import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;

/**
 * Keeps a stateful service where it was: its candidates are narrowed to the targets it had in the
 * previous distribution (candidate order kept; the result may be empty). Services that are not
 * stateful, or were not deployed before, keep their candidates. Without a previous distribution the
 * input is returned unchanged.
 *
 * <p>Targets are compared by name, whatever container the previous mapping named; dydisnix compares
 * whole list elements, so a previous distribution in container form never matched there (see the
 * compatibility notes).
 */
public final class MapStatefulToPrevious extends ReferenceFilter {

    public static final String NAME = "mapStatefulToPrevious";

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
            if (!isStateful(context, service) || !previous.contains(service)) continue;
            int[] kept = new int[input.candidateCount(service)];
            int size = 0;
            for (int i = 0; i < kept.length; i++) {
                int target = input.target(service, i);
                if (previous.positionOf(service, target) >= 0) {
                    kept[size++] = i;
                } else {
                    context.reasons().removed(service, target,
                            () -> "stateful service was not on this target in the previous distribution");
                }
            }
            result.keep(service, Arrays.copyOf(kept, size));
        }
        return result.build();
    }

    private static boolean isStateful(PlanningContext context, int service) {
        return ServiceAttributes.get(context.service(service), "stateful")
                .map(value -> value instanceof BoolValue b && b.isValue()).orElse(false);
    }
}
