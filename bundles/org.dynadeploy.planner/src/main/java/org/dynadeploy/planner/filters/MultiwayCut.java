package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.Set;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;

/**
 * dydisnix's multiway cut approximation (after Heydarnoori and Binder), which places services so
 * that few dependencies cross machines. Each target is a terminal; the isolating cut of a terminal
 * is approximated, the heaviest cut is discarded, the rest are removed from the graph, and services
 * left without a host go to their first candidate.
 *
 * <p>Default ({@code algorithm: dydisnix}): dydisnix's simplification, where a terminal's cut is
 * every link to its services whenever its connected component contains another terminal (a
 * breadth-first search that may pass through the terminal itself). In a connected deployment the
 * heaviest terminal (first in byte order on ties) keeps all its candidates and every other service
 * goes to its first candidate.
 *
 * <p>{@code algorithm: isolating-cuts}: the real 2 − 2/k approximation of Dahlhaus et al.: a true
 * minimum isolating cut per terminal (max-flow/min-cut against all other terminals of its component
 * merged into one sink), host links weighing more than all dependencies together so a cut only
 * separates a service from a host when it must. Services stay near the services they depend on.
 */
public final class MultiwayCut extends ReferenceFilter {

    public static final String NAME = "multiwaycut";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Set<String> extraOptions() {
        return Set.of("algorithm");
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String algorithm = parameters.text("algorithm").orElse("dydisnix");
        for (int service : input.services()) {
            if (input.candidateCount(service) == 0) {
                throw new PlanningException(NAME + ": service '" + context.universe().serviceName(service)
                        + "' has no candidate targets");
            }
        }
        CutResult cut = switch (algorithm) {
            case "dydisnix" -> reachabilityCut(context, input);
            case "isolating-cuts", "isolatingCuts" -> new IsolatingCuts(context, input).cut();
            default -> throw new PlanningException(NAME + ": unknown algorithm '" + algorithm
                    + "' (use dydisnix or isolating-cuts)");
        };
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            int[] kept = new int[input.candidateCount(service)];
            int size = 0;
            for (int i = 0; i < kept.length; i++) {
                if (!cut.removes(service, input.target(service, i))) kept[size++] = i;
            }
            // Orphans go back to the host of their first original mapping, as in dydisnix.
            result.keep(service, size == 0 ? new int[] {0} : Arrays.copyOf(kept, size));
            explain(context, input, service, cut, size == 0);
        }
        return result.build();
    }

    /** dydisnix's cut: every mapping of a terminal that shares its component with another terminal. */
    private static CutResult reachabilityCut(PlanningContext context, CandidateDistribution input) {
        int targets = context.universe().targetCount();
        HostComponents components = new HostComponents(context, input);
        boolean[] shares = new boolean[targets];
        long[] weight = new long[targets];
        for (int service : input.services()) {
            for (int i = 0; i < input.candidateCount(service); i++) {
                int target = input.target(service, i);
                shares[target] = components.sharesComponent(target);
                if (shares[target]) weight[target]++;
            }
        }
        int heaviest = -1;
        for (int target = 0; target < targets; target++) {
            if (weight[target] > (heaviest < 0 ? 0 : weight[heaviest])) heaviest = target;
        }
        int kept = heaviest;
        return new CutResult(heaviest, (service, target) -> target != kept && shares[target]);
    }

    private static void explain(PlanningContext context, CandidateDistribution input, int service, CutResult cut,
            boolean orphan) {
        if (!context.reasons().enabled()) return;
        String heaviest = cut.discarded() < 0 ? null : context.universe().targetName(cut.discarded());
        for (int i = 0; i < input.candidateCount(service); i++) {
            int target = input.target(service, i);
            if (cut.removes(service, target) && !(orphan && i == 0)) {
                context.reasons().removed(service, target, () -> "cut: " + context.universe().targetName(target)
                        + " is separated from the other machines" + (heaviest == null ? "" : " (the cut of "
                                + heaviest + ", the heaviest, is discarded)"));
            }
        }
        if (orphan) {
            String first = context.universe().targetName(input.target(service, 0));
            context.reasons().note(service, () -> "every link was cut; back to its first candidate " + first);
        }
    }

    /** Which host links a cut removes; {@code discarded} is the terminal whose cut was discarded, or -1. */
    record CutResult(int discarded, Removal removal) {
        boolean removes(int service, int target) {
            return removal.removes(service, target);
        }
    }

    @FunctionalInterface
    interface Removal {
        boolean removes(int service, int target);
    }
}
