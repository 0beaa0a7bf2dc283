package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.Set;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.Universe;

/**
 * dydisnix's graphcol: colours the dependency graph of all services so that no two dependent
 * services share a machine; colour i is the i-th target in byte order. It takes no input
 * distribution: every service of the services model is placed, on any target.
 *
 * <p>Default ({@code algorithm: dydisnix}): the DSatur variant dydisnix intends, with its
 * "saturation" being the number of coloured neighbours (parallel edges count) and its tie-break
 * fixed: when the largest saturation is not unique, the first uncoloured service in the order of
 * decreasing degree (byte order among equal degrees) is coloured next.
 *
 * <p>{@code algorithm: dsatur}: Brélaz's DSATUR: saturation is the number of distinct colours among
 * the neighbours; ties go to the most uncoloured neighbours, then byte order.
 *
 * <p>The target is the target itself; dydisnix names it by its {@code hostname} property instead
 * (an upstream TODO), which is the same whenever hostname equals the target's name.
 */
public final class GraphColouring extends ReferenceFilter {

    public static final String NAME = "graphcol";

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
        Universe universe = context.universe();
        ServiceGraph graph = new ServiceGraph(universe);
        ColouringOrder order = switch (algorithm) {
            case "dydisnix" -> new DydisnixColouringOrder(graph, universe.serviceCount());
            case "dsatur" -> new DsaturColouringOrder(graph, universe.serviceCount());
            default -> throw new PlanningException(NAME + ": unknown algorithm '" + algorithm + "' (use dydisnix or dsatur)");
        };
        int[] colour = colour(graph, universe.serviceCount(), order);
        int needed = 0;
        for (int c : colour) {
            needed = Math.max(needed, c + 1);
        }
        if (needed > universe.targetCount()) {
            throw new PlanningException("Not enough target machines available to compute a valid graph coloring! (the"
                    + " colouring needs " + needed + " targets, the infrastructure has " + universe.targetCount() + ": "
                    + (needed - universe.targetCount()) + " missing)");
        }
        CandidateDistribution.Builder result = CandidateDistribution.builder(universe);
        for (int service = 0; service < colour.length; service++) {
            result.put(service, new int[] {colour[service]});
            explain(context, graph, colour, service);
        }
        return result.build();
    }

    /**
     * Colours every service, each with the lowest colour no coloured neighbour has, in the order
     * the strategy picks. The palette is unbounded so a failure can say how many targets are missing.
     */
    static int[] colour(ServiceGraph graph, int serviceCount, ColouringOrder order) {
        int[] colour = new int[serviceCount];
        Arrays.fill(colour, -1);
        for (int step = 0; step < serviceCount; step++) {
            int service = order.next(colour);
            int[] neighbours = graph.neighbours(service);
            boolean[] used = new boolean[neighbours.length + 1];
            for (int neighbour : neighbours) {
                int c = colour[neighbour];
                if (c >= 0 && c < used.length) used[c] = true;
            }
            int lowest = 0;
            while (used[lowest]) lowest++;
            colour[service] = lowest;
            order.coloured(service, lowest, colour);
        }
        return colour;
    }

    private static void explain(PlanningContext context, ServiceGraph graph, int[] colour, int service) {
        if (!context.reasons().enabled()) return;
        Universe universe = context.universe();
        String target = universe.targetName(colour[service]);
        StringBuilder neighbours = new StringBuilder();
        for (int neighbour : graph.neighbours(service)) {
            if (neighbour == service) continue;
            neighbours.append(neighbours.isEmpty() ? "" : ", ").append(universe.serviceName(neighbour)).append(" on ")
                    .append(universe.targetName(colour[neighbour]));
        }
        context.reasons().note(service, () -> "colour " + colour[service] + " = " + target
                + (neighbours.isEmpty() ? " (no dependencies)" : " (dependencies: " + neighbours + ")"));
        for (int t = 0; t < universe.targetCount(); t++) {
            if (t != colour[service]) {
                context.reasons().removed(service, t, () -> "graphcol gave the service the lowest colour its dependencies leave free, " + target);
            }
        }
    }

    /** Picks which uncoloured service is coloured next. */
    interface ColouringOrder {
        int next(int[] colour);

        void coloured(int service, int colour, int[] colours);
    }
}
