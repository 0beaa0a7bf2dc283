package org.dynadeploy.planner.filters;

import java.util.List;

import org.dynadeploy.model.Service;
import org.dynadeploy.planner.Universe;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * The undirected dependency graph of every service of the universe, for graph colouring: one edge
 * per dependsOn/connectsTo entry. Parallel edges and self-loops are kept, because dydisnix counts
 * every entry toward a service's degree.
 */
final class ServiceGraph {

    final Graph<Integer, DefaultEdge> graph = new Pseudograph<>(DefaultEdge.class);

    /** Per service, the neighbour across each of its edges (computed once; colouring reads it often). */
    private final int[][] neighbours;

    ServiceGraph(Universe universe) {
        for (int service = 0; service < universe.serviceCount(); service++) {
            graph.addVertex(service);
        }
        for (int service = 0; service < universe.serviceCount(); service++) {
            Service model = universe.service(service);
            addEdges(universe, service, model.getDependsOn());
            addEdges(universe, service, model.getConnectsTo());
        }
        neighbours = new int[universe.serviceCount()][];
        for (int service = 0; service < neighbours.length; service++) {
            int self = service;
            neighbours[service] = graph.edgesOf(service).stream()
                    .mapToInt(edge -> Graphs.getOppositeVertex(graph, edge, self)).toArray();
        }
    }

    private void addEdges(Universe universe, int service, List<Service> dependencies) {
        for (Service dependency : dependencies) {
            int other = universe.serviceIndex(dependency.getName());
            if (other >= 0) graph.addEdge(service, other);
        }
    }

    /** dydisnix's degree: every entry counts, a self-dependency twice. */
    int degree(int service) {
        return graph.degreeOf(service);
    }

    /** The neighbour across each edge of a service, one per edge (parallel edges repeat it). */
    int[] neighbours(int service) {
        return neighbours[service];
    }
}
