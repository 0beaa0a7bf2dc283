package org.dynadeploy.planner.filters;

import org.dynadeploy.model.Value;
import org.dynadeploy.model.policy.DivideStrategy;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.Universe;

/**
 * dydisnix's divide: services in byte order each get one target whose remaining capacity (a target
 * property) covers the service's need (a service property), and the need is subtracted from it.
 * Numbers are read with C atoi semantics (floats truncate, other strings are 0); an exact fit is
 * allowed. With greedy the scan stops at the first fit; with highest/lowest-bidder the whole list
 * is scanned.
 */
public final class Divide extends ReferenceFilter {

    public static final String NAME = "divide";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String strategyName = parameters.requireText("strategy");
        DivideStrategy strategy = DivideStrategy.of(strategyName).orElseThrow(() -> new PlanningException(
                "Unknown strategy: " + strategyName + " (divide takes " + String.join(", ", DivideStrategy.literals()) + ")"));
        String serviceProperty = parameters.requireText("serviceProperty");
        String targetProperty = parameters.requireText("targetProperty");
        Capacities capacities = new Capacities(context, targetProperty);
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            Value needValue = Lookups.serviceAttribute(context.service(service), serviceProperty)
                    .orElseThrow(() -> new PlanningException("Service: " + context.universe().serviceName(service)
                            + " has no property named: " + serviceProperty));
            long need = Values.atoi(needValue);
            int chosen = choose(strategy, input, service, need, capacities);
            if (chosen < 0) throw underCapacity(context, input, service, need, serviceProperty, capacities);
            int target = input.target(service, chosen);
            explain(context, strategy, input, service, chosen, need, capacities, targetProperty);
            capacities.take(target, need);
            result.keep(service, chosen);
        }
        return result.build();
    }

    private static int choose(DivideStrategy strategy, CandidateDistribution input, int service, long need,
            Capacities capacities) {
        int chosen = -1;
        for (int i = 0; i < input.candidateCount(service); i++) {
            long room = capacities.left(input.target(service, i));
            long chosenRoom = chosen < 0 ? 0 : capacities.left(input.target(service, chosen));
            if (prefers(strategy, need, room, chosen >= 0, chosenRoom)) {
                chosen = i;
                if (strategy == DivideStrategy.GREEDY) break;
            }
        }
        return chosen;
    }

    /**
     * Whether a candidate with {@code room} left replaces the current choice (with {@code chosenRoom}
     * left, or none) for a service that needs {@code need}. The strict comparisons send ties to the
     * earliest candidate; highest-bidder needs no fit test once it has a choice, since more room
     * than a fitting target fits too (dydisnix's select_higher_bidder).
     */
    static boolean prefers(DivideStrategy strategy, long need, long room, boolean hasChoice, long chosenRoom) {
        return switch (strategy) {
            case GREEDY -> !hasChoice && need <= room;
            case HIGHEST_BIDDER -> hasChoice ? room > chosenRoom : need <= room;
            case LOWEST_BIDDER -> need <= room && (!hasChoice || room < chosenRoom);
        };
    }

    private static PlanningException underCapacity(PlanningContext context, CandidateDistribution input, int service,
            long need, String serviceProperty, Capacities capacities) {
        Universe universe = context.universe();
        StringBuilder detail = new StringBuilder(" (it needs ").append(need).append(' ').append(serviceProperty);
        if (input.candidateCount(service) == 0) {
            detail.append(" and has no candidate targets)");
        } else {
            int best = input.target(service, 0);
            for (int i = 1; i < input.candidateCount(service); i++) {
                int target = input.target(service, i);
                if (capacities.left(target) > capacities.left(best)) best = target;
            }
            detail.append("; the most any candidate has left is ").append(capacities.left(best)).append(" on ")
                    .append(universe.targetName(best)).append(')');
        }
        return new PlanningException("Unable to select a target machine for service: " + universe.serviceName(service)
                + ", because none of them has sufficient resources left!" + detail);
    }

    private static void explain(PlanningContext context, DivideStrategy strategy, CandidateDistribution input,
            int service, int chosen, long need, Capacities capacities, String targetProperty) {
        if (!context.reasons().enabled()) return;
        Universe universe = context.universe();
        int target = input.target(service, chosen);
        String chosenName = universe.targetName(target);
        long room = capacities.left(target);
        context.reasons().note(service, () -> strategy.literal() + " chose " + chosenName + " (needs " + need
                + ", " + room + " " + targetProperty + " left there)");
        for (int i = 0; i < input.candidateCount(service); i++) {
            int other = input.target(service, i);
            if (other == target) continue;
            long left = capacities.left(other);
            String why = need > left ? "not enough " + targetProperty + " left (needs " + need + ", has " + left + ")"
                    : strategy.literal() + " chose " + chosenName + " (" + left + " " + targetProperty + " left here)";
            context.reasons().removed(service, other, () -> why);
        }
    }

    /** Remaining capacity per target, read lazily so targets no service can use may lack the property. */
    private static final class Capacities {

        private final PlanningContext context;
        private final String property;
        private final long[] left;
        private final boolean[] read;

        Capacities(PlanningContext context, String property) {
            this.context = context;
            this.property = property;
            this.left = new long[context.universe().targetCount()];
            this.read = new boolean[left.length];
        }

        long left(int target) {
            if (!read[target]) {
                // dydisnix meant to skip such targets but dereferences NULL; we stop with a clear error.
                Value value = Properties.get(context.target(target).getProperties(), property)
                        .orElseThrow(() -> new PlanningException(NAME + ": target '" + context.universe().targetName(target)
                                + "' has no property '" + property + "' to divide"));
                left[target] = Values.atoi(value);
                read[target] = true;
            }
            return left[target];
        }

        void take(int target, long amount) {
            left[target] = left(target) - amount;
        }
    }
}
