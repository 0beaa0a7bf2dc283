package org.dynadeploy.planner.filters;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;

/**
 * dydisnix's round robin: services in byte order each get one target. The first takes its first
 * candidate; each next one takes the successor, in its own candidate list, of the target chosen for
 * the previous service (wrapping to the first), or its first candidate when that target is not in
 * its list. There is no global pointer.
 */
public final class DivideRoundRobin extends ReferenceFilter {

    public static final String NAME = "divideRoundRobin";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        CandidateDistribution.Builder result = input.toBuilder();
        int previousTarget = -1;
        String previousService = null;
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count == 0) {
                throw new PlanningException("Cannot find a target machine! (" + NAME + ": service '"
                        + context.universe().serviceName(service) + "' has no candidate targets)");
            }
            int chosen = 0;
            if (previousTarget >= 0 && count > 1) {
                int position = input.positionOf(service, previousTarget);
                if (position >= 0) chosen = position == count - 1 ? 0 : position + 1;
            }
            result.keep(service, chosen);
            explain(context, input, service, chosen, previousTarget, previousService);
            previousTarget = input.target(service, chosen);
            previousService = context.universe().serviceName(service);
        }
        return result.build();
    }

    private static void explain(PlanningContext context, CandidateDistribution input, int service, int chosen,
            int previousTarget, String previousService) {
        if (!context.reasons().enabled()) return;
        String target = context.universe().targetName(input.target(service, chosen));
        String why = previousTarget < 0 ? "first service: took its first candidate " + target
                : input.positionOf(service, previousTarget) < 0 || input.candidateCount(service) == 1
                        ? "took its first candidate " + target
                        : "took " + target + ", the successor of " + context.universe().targetName(previousTarget)
                                + " (chosen for " + previousService + ")";
        context.reasons().note(service, () -> why);
        for (int i = 0; i < input.candidateCount(service); i++) {
            if (i != chosen) context.reasons().removed(service, input.target(service, i), () -> "round robin chose " + target);
        }
    }
}
