package org.dynadeploy.planner.filters;

import java.util.HashSet;
import java.util.Set;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Minimum isolating cuts for {@link MultiwayCut}'s {@code isolating-cuts} algorithm. For each
 * terminal, every other terminal of its connected component is merged into one sink and a minimum
 * s–t cut is computed (push-relabel); terminals alone in their component need no cut. The heaviest
 * cut (first in byte order on ties) is discarded and the union of the others removed.
 */
final class IsolatingCuts {

    private static final int SINK = -1;

    private final ApplicationHostGraph graph;
    private final int targetCount;

    IsolatingCuts(PlanningContext context, CandidateDistribution input) {
        // One host link must outweigh all dependencies together, so cutting a dependency is always cheaper.
        ApplicationHostGraph unweighted = ApplicationHostGraph.build(context, input, 1);
        this.graph = ApplicationHostGraph.build(context, input, unweighted.applicationWeight() + 1);
        this.targetCount = context.universe().targetCount();
    }

    MultiwayCut.CutResult cut() {
        double[] weight = new double[targetCount];
        @SuppressWarnings("unchecked")
        Set<Long>[] cuts = new Set[targetCount];
        for (int target = 0; target < targetCount; target++) {
            int host = graph.host(target);
            if (!graph.graph.containsVertex(host) || !graph.sharesComponent(host)) continue;
            cuts[target] = new HashSet<>();
            weight[target] = isolate(host, cuts[target]);
        }
        int heaviest = -1;
        for (int target = 0; target < targetCount; target++) {
            if (cuts[target] != null && weight[target] > (heaviest < 0 ? 0 : weight[heaviest])) heaviest = target;
        }
        Set<Long> removed = new HashSet<>();
        for (int target = 0; target < targetCount; target++) {
            if (cuts[target] != null && target != heaviest) removed.addAll(cuts[target]);
        }
        return new MultiwayCut.CutResult(heaviest,
                (service, target) -> removed.contains(key(service, graph.host(target))));
    }

    /** Computes the minimum cut isolating one host; adds its edges to {@code cut} and returns its weight. */
    private double isolate(int host, Set<Long> cut) {
        int component = graph.component(host);
        Graph<Integer, DefaultWeightedEdge> network = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        network.addVertex(SINK);
        for (DefaultWeightedEdge edge : graph.graph.edgeSet()) {
            int a = graph.graph.getEdgeSource(edge);
            int b = graph.graph.getEdgeTarget(edge);
            if (graph.component(a) != component) continue;
            int u = merged(a, host);
            int v = merged(b, host);
            network.addVertex(u);
            network.addVertex(v);
            DefaultWeightedEdge copy = network.getEdge(u, v);
            double w = graph.graph.getEdgeWeight(edge);
            if (copy == null) network.setEdgeWeight(network.addEdge(u, v), w);
            else network.setEdgeWeight(copy, network.getEdgeWeight(copy) + w);
        }
        PushRelabelMFImpl<Integer, DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(network);
        double weight = flow.calculateMinCut(host, SINK);
        Set<Integer> sourceSide = flow.getSourcePartition();
        for (DefaultWeightedEdge edge : graph.graph.edgeSet()) {
            int a = graph.graph.getEdgeSource(edge);
            int b = graph.graph.getEdgeTarget(edge);
            if (graph.component(a) != component) continue;
            if (sourceSide.contains(merged(a, host)) != sourceSide.contains(merged(b, host))) cut.add(key(a, b));
        }
        return weight;
    }

    /** Other hosts become the sink. */
    private int merged(int vertex, int host) {
        return graph.isHost(vertex) && vertex != host ? SINK : vertex;
    }

    private static long key(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xffffffffL);
    }
}
