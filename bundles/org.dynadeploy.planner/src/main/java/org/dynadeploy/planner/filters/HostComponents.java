package org.dynadeploy.planner.filters;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.Service;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.jgrapht.alg.util.UnionFind;

/**
 * Which hosts share a connected component of the application–host graph (see
 * {@link ApplicationHostGraph} for the graph). dydisnix's simplified cut only needs this, so a
 * union–find over the mappings does it in near-linear time without building the weighted graph.
 */
final class HostComponents {

    private final int serviceCount;
    private final UnionFind<Integer> sets;
    private final Map<Integer, Integer> hostsPerRoot = new HashMap<>();

    HostComponents(PlanningContext context, CandidateDistribution input) {
        this.serviceCount = context.universe().serviceCount();
        Set<Integer> vertices = new LinkedHashSet<>();
        for (int service : input.services()) {
            vertices.add(service);
            for (int i = 0; i < input.candidateCount(service); i++) {
                vertices.add(serviceCount + input.target(service, i));
            }
        }
        this.sets = new UnionFind<>(vertices);
        for (int service : input.services()) {
            Service model = context.service(service);
            join(context, input, service, model.getDependsOn());
            join(context, input, service, model.getConnectsTo());
            for (int i = 0; i < input.candidateCount(service); i++) {
                sets.union(service, serviceCount + input.target(service, i));
            }
        }
        for (int vertex : vertices) {
            if (vertex >= serviceCount) hostsPerRoot.merge(sets.find(vertex), 1, Integer::sum);
        }
    }

    private void join(PlanningContext context, CandidateDistribution input, int service,
            List<Service> dependencies) {
        for (Service dependency : dependencies) {
            int other = context.universe().serviceIndex(dependency.getName());
            // Dependencies outside the distribution are skipped, as in ApplicationHostGraph.
            if (other >= 0 && input.contains(other)) sets.union(service, other);
        }
    }

    /** Whether the target is some candidate's host and its component contains another host. */
    boolean sharesComponent(int target) {
        Integer root = sets.find(serviceCount + target);
        return hostsPerRoot.getOrDefault(root, 0) > 1;
    }
}
