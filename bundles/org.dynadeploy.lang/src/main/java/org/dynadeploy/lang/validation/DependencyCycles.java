package org.dynadeploy.lang.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.Service;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds dependsOn cycles. Activation follows dependsOn, so the graph must be a DAG; a cycle is a
 * strongly connected component with more than one service, or a service depending on itself.
 */
final class DependencyCycles {

    /**
     * A shortest cycle through a service.
     *
     * @param services the services of the cycle, starting and ending with the service
     * @param dependencyIndex the index in the service's dependsOn list of the cycle's first edge
     */
    record Cycle(List<Service> services, int dependencyIndex) {

        String describe() {
            return String.join(" -> ", services.stream().map(Service::getName).toList());
        }
    }

    private DependencyCycles() {
    }

    /** For every given service that is on a cycle, a shortest cycle through it. */
    static Map<Service, Cycle> of(Collection<Service> services) {
        Graph<Service, DefaultEdge> graph = graphReachableFrom(services);
        // Each service's component, looked up in constant time: a model has thousands of them.
        Map<Service, Set<Service>> componentOf = new HashMap<>();
        for (Set<Service> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            component.forEach(service -> componentOf.put(service, component));
        }
        Map<Service, Cycle> result = new LinkedHashMap<>();
        for (Service service : services) {
            if (!graph.containsVertex(service)) {
                continue;
            }
            Set<Service> component = componentOf.getOrDefault(service, Set.of());
            Cycle cycle = shortestCycle(graph, component, service);
            if (cycle != null) {
                result.put(service, cycle);
            }
        }
        return result;
    }

    private static Cycle shortestCycle(Graph<Service, DefaultEdge> graph, Set<Service> component, Service service) {
        List<Service> dependencies = service.getDependsOn();
        int selfLoop = dependencies.indexOf(service);
        if (selfLoop >= 0) {
            return new Cycle(List.of(service, service), selfLoop);
        }
        if (component.size() < 2) {
            return null;
        }
        Graph<Service, DefaultEdge> inside = new AsSubgraph<>(graph, component);
        Cycle best = null;
        for (int i = 0; i < dependencies.size(); i++) {
            Service next = dependencies.get(i);
            if (!component.contains(next)) {
                continue;
            }
            GraphPath<Service, DefaultEdge> path = BFSShortestPath.findPathBetween(inside, next, service);
            if (path != null && (best == null || path.getLength() + 2 < best.services().size())) {
                List<Service> cycle = new ArrayList<>();
                cycle.add(service);
                cycle.addAll(path.getVertexList());
                best = new Cycle(cycle, i);
            }
        }
        return best;
    }

    /** The dependsOn graph of the given services and every service they reach (across files). */
    private static Graph<Service, DefaultEdge> graphReachableFrom(Collection<Service> services) {
        Graph<Service, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        Deque<Service> pending = new ArrayDeque<>(services);
        while (!pending.isEmpty()) {
            Service service = pending.pop();
            if (service.eIsProxy() || !graph.addVertex(service)) {
                continue;
            }
            for (Service dependency : service.getDependsOn()) {
                if (dependency.eIsProxy()) {
                    continue; // unresolved: reported by linking
                }
                pending.push(dependency);
            }
        }
        for (Service service : graph.vertexSet()) {
            for (Service dependency : service.getDependsOn()) {
                if (graph.containsVertex(dependency)) {
                    graph.addEdge(service, dependency);
                }
            }
        }
        return graph;
    }
}
