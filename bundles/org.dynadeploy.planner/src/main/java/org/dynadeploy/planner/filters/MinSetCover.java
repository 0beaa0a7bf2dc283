package org.dynadeploy.planner.filters;

import java.util.Locale;

import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.Universe;

/**
 * dydisnix's greedy set-cover approximation (after Heydarnoori and Binder): repeatedly take the
 * target with the smallest cost per still-uncovered candidate service (first in byte order on
 * ties) and put all its uncovered candidates there, until every service of the distribution is
 * covered. Costs are atoi of a target property.
 *
 * <p>Where dydisnix loops forever this stops or avoids the loop: a service without candidates is an
 * error; only the distribution's services are covered (dydisnix counts the services model, so a
 * service missing from the distribution hangs it); targets with no uncovered candidate are skipped
 * (dydisnix computes cost/0, which is NaN for a zero cost and hangs). Whenever dydisnix terminates,
 * the result is the same.
 */
public final class MinSetCover extends ReferenceFilter {

    public static final String NAME = "minsetcover";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String property = parameters.requireText("targetProperty");
        Universe universe = context.universe();
        int[] services = input.services();
        // uncovered[t]: how many mappings of not yet covered services name t (duplicates count, as upstream)
        long[] uncovered = new long[universe.targetCount()];
        for (int service : services) {
            if (input.candidateCount(service) == 0) {
                throw new PlanningException(NAME + ": service '" + universe.serviceName(service)
                        + "' has no candidate targets, so no set of targets can cover it");
            }
            for (int i = 0; i < input.candidateCount(service); i++) {
                uncovered[input.target(service, i)]++;
            }
        }
        long[] cost = costs(context, input, services, property);
        TargetServices servicesOf = new TargetServices(input, services, universe.targetCount());
        boolean[] covered = new boolean[universe.serviceCount()];
        CandidateDistribution.Builder result = input.toBuilder();
        int remaining = services.length;
        while (remaining > 0) {
            int best = cheapest(uncovered, cost);
            double fraction = cost[best] / (double) uncovered[best];
            for (int k = servicesOf.start[best]; k < servicesOf.start[best + 1]; k++) {
                int service = servicesOf.items[k];
                if (covered[service]) continue;
                int position = input.positionOf(service, best);
                covered[service] = true;
                remaining--;
                for (int i = 0; i < input.candidateCount(service); i++) {
                    uncovered[input.target(service, i)]--;
                }
                result.keep(service, position);
                explain(context, input, service, best, fraction, property, cost);
            }
        }
        return result.build();
    }

    /** The target with the strictly smallest cost fraction, first in byte order; only targets that cover something. */
    private static int cheapest(long[] uncovered, long[] cost) {
        int best = -1;
        double bestFraction = 0;
        for (int target = 0; target < uncovered.length; target++) {
            if (uncovered[target] == 0) continue;
            double fraction = cost[target] / (double) uncovered[target];
            if (best < 0 || fraction < bestFraction) {
                best = target;
                bestFraction = fraction;
            }
        }
        return best;
    }

    private static long[] costs(PlanningContext context, CandidateDistribution input, int[] services, String property) {
        long[] cost = new long[context.universe().targetCount()];
        boolean[] read = new boolean[cost.length];
        for (int service : services) {
            for (int i = 0; i < input.candidateCount(service); i++) {
                int target = input.target(service, i);
                if (read[target]) continue;
                // dydisnix's find_target_property crashes on a missing property; a non-scalar counts as 0.
                Value value = Lookups.targetValue(context, NAME, target, property);
                cost[target] = Values.atoi(value);
                read[target] = true;
            }
        }
        return cost;
    }

    private static void explain(PlanningContext context, CandidateDistribution input, int service, int target,
            double fraction, String property, long[] cost) {
        if (!context.reasons().enabled()) return;
        String name = context.universe().targetName(target);
        context.reasons().note(service, () -> "covered by " + name + ": " + property + " " + cost[target]
                + " per uncovered service = " + format(fraction) + ", the smallest fraction");
        for (int i = 0; i < input.candidateCount(service); i++) {
            int other = input.target(service, i);
            if (other != target) context.reasons().removed(service, other, () -> "covered by " + name + " instead");
        }
    }

    /** For each target the services that have it as a candidate, in byte order, as one flat array. */
    private static final class TargetServices {

        final int[] start;
        final int[] items;

        TargetServices(CandidateDistribution input, int[] services, int targetCount) {
            start = new int[targetCount + 1];
            for (int service : services) {
                for (int i = 0; i < input.candidateCount(service); i++) {
                    start[input.target(service, i) + 1]++;
                }
            }
            for (int t = 0; t < targetCount; t++) {
                start[t + 1] += start[t];
            }
            items = new int[start[targetCount]];
            int[] next = start.clone();
            for (int service : services) {
                for (int i = 0; i < input.candidateCount(service); i++) {
                    items[next[input.target(service, i)]++] = service;
                }
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
