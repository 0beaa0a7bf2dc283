package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.dynadeploy.model.Service;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The weighted application–host graph that {@link IsolatingCuts} cuts (the default multiway cut
 * only needs its connectivity, see {@link HostComponents}): one vertex per service of the
 * distribution ("app", numbered by its universe index), one per target that is some service's
 * candidate ("host", numbered {@code serviceCount + target}); app–app edges for dependsOn and
 * connectsTo entries (weight 1 each), host–app edges for candidate mappings (weight
 * {@code hostWeight} each). Parallel entries add up into one weighted edge; self-dependencies are
 * dropped, they cannot affect a cut.
 *
 * <p>Dependencies on services that are not in the distribution are skipped (dydisnix crashes on
 * them): such services are not being placed, so there is nothing to keep them close to.
 */
final class ApplicationHostGraph {

    final Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    final int serviceCount;
    /** Per vertex: the index of its connected component (-1 for indexes that are no vertex). */
    private int[] component;
    /** Per component: how many hosts it contains. */
    private int[] hostsInComponent;

    private ApplicationHostGraph(int serviceCount) {
        this.serviceCount = serviceCount;
    }

    /** Builds the graph with the given weight per host–app mapping (connectivity does not depend on it). */
    static ApplicationHostGraph build(PlanningContext context, CandidateDistribution input, double hostWeight) {
        int serviceCount = context.universe().serviceCount();
        ApplicationHostGraph result = new ApplicationHostGraph(serviceCount);
        Graph<Integer, DefaultWeightedEdge> graph = result.graph;
        int[] services = input.services();
        for (int service : services) {
            graph.addVertex(service);
        }
        for (int service : services) {
            Service model = context.service(service);
            addDependencies(context, input, graph, service, model.getDependsOn());
            addDependencies(context, input, graph, service, model.getConnectsTo());
        }
        for (int service : services) {
            for (int i = 0; i < input.candidateCount(service); i++) {
                int host = serviceCount + input.target(service, i);
                graph.addVertex(host);
                addWeight(graph, service, host, hostWeight);
            }
        }
        return result;
    }

    /** The sum of all app–app edge weights. */
    double applicationWeight() {
        double total = 0;
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            if (!isHost(graph.getEdgeSource(edge)) && !isHost(graph.getEdgeTarget(edge))) total += graph.getEdgeWeight(edge);
        }
        return total;
    }

    private static void addDependencies(PlanningContext context, CandidateDistribution input,
            Graph<Integer, DefaultWeightedEdge> graph, int service, List<Service> dependencies) {
        for (Service dependency : dependencies) {
            int other = context.universe().serviceIndex(dependency.getName());
            if (other < 0 || other == service || !input.contains(other)) continue;
            addWeight(graph, service, other, 1);
        }
    }

    private static void addWeight(Graph<Integer, DefaultWeightedEdge> graph, int a, int b, double weight) {
        DefaultWeightedEdge edge = graph.getEdge(a, b);
        if (edge == null) {
            edge = graph.addEdge(a, b);
            graph.setEdgeWeight(edge, weight);
        } else {
            graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
        }
    }

    boolean isHost(int vertex) {
        return vertex >= serviceCount;
    }

    int host(int target) {
        return serviceCount + target;
    }

    int target(int hostVertex) {
        return hostVertex - serviceCount;
    }

    /** The index of a vertex's connected component. */
    int component(int vertex) {
        components();
        return component[vertex];
    }

    /** Whether the host's connected component contains other hosts. */
    boolean sharesComponent(int hostVertex) {
        components();
        return hostsInComponent[component[hostVertex]] > 1;
    }

    private void components() {
        if (component != null) return;
        List<Set<Integer>> sets = new ConnectivityInspector<>(graph).connectedSets();
        int size = 0;
        for (int vertex : graph.vertexSet()) {
            size = Math.max(size, vertex + 1);
        }
        component = new int[size];
        Arrays.fill(component, -1);
        hostsInComponent = new int[sets.size()];
        for (int c = 0; c < sets.size(); c++) {
            for (int vertex : sets.get(c)) {
                component[vertex] = c;
                if (isHost(vertex)) hostsInComponent[c]++;
            }
        }
    }
}
