package org.dynadeploy.planner.filters;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.Universe;

/**
 * The graphs {@link MultiwayCut} and {@link GraphColouring} work on, as Graphviz DOT in the form
 * dydisnix-multiwaycut and dydisnix-graphcol print with {@code --output-graph} and
 * {@code --output-resolved-graph} (reference §3.5, §3.6, §5.3, §5.4).
 *
 * <p>As upstream, each node has a list of links, built by visiting the services (here in byte
 * order, where upstream iterates a hash table) and, for each, its {@code dependsOn} and then its
 * {@code connectsTo} entries, linking both ends; host links follow, target by target. Nodes are
 * printed first, then every link from the node whose name sorts lower (so a self-dependency is
 * printed twice and a repeated dependency once per entry, as upstream). Differences: a dependency
 * on a service that is not a node is left out (dydisnix crashes on it), a {@code "} in a name is
 * escaped, and in the resolved application–host graph a service that lost every host link is
 * linked back to its first candidate with the usual host weight (dydisnix prints a label read
 * from past the end of its annotation list there).
 */
public final class GraphDot {

    private static final String HOST_WEIGHT = "n&#178;";

    private GraphDot() {
    }

    /** dydisnix-multiwaycut {@code --output-graph}: the application–host graph of a candidate distribution. */
    public static String applicationHostGraph(PlanningContext context, CandidateDistribution input) {
        return applicationHostGraph(context, input, input);
    }

    /**
     * dydisnix-multiwaycut {@code --output-resolved-graph}: the graph after the cut, whose host links
     * are the mappings of {@code result} (the multiway cut of {@code input}). Every host of the
     * input stays a node.
     */
    public static String resolvedApplicationHostGraph(PlanningContext context, CandidateDistribution input,
            CandidateDistribution result) {
        return applicationHostGraph(context, input, result);
    }

    private static String applicationHostGraph(PlanningContext context, CandidateDistribution input,
            CandidateDistribution hosts) {
        Universe universe = context.universe();
        int[] services = input.services();
        String[] names = new String[universe.serviceCount()];
        for (int service : services) {
            names[service] = "app:" + universe.serviceName(service);
        }
        List<List<Link>> links = dependencyLinks(context, services, names, "1");
        // Hosts: every target of a candidate list; host links per target, in service order (repeats kept).
        List<List<Integer>> servicesOf = new ArrayList<>();
        for (int target = 0; target < universe.targetCount(); target++) {
            servicesOf.add(null);
        }
        for (int service : services) {
            for (int i = 0; i < input.candidateCount(service); i++) {
                int target = input.target(service, i);
                if (servicesOf.get(target) == null) servicesOf.set(target, new ArrayList<>());
            }
            for (int i = 0; i < hosts.candidateCount(service); i++) {
                int target = hosts.target(service, i);
                if (servicesOf.get(target) == null) servicesOf.set(target, new ArrayList<>());
                servicesOf.get(target).add(service);
            }
        }
        StringBuilder dot = new StringBuilder("graph {\n");
        for (int service : services) {
            node(dot, names[service]);
        }
        for (int target = 0; target < universe.targetCount(); target++) {
            if (servicesOf.get(target) == null) continue;
            String host = "host:" + universe.targetName(target);
            node(dot, host);
            for (int service : servicesOf.get(target)) {
                links.get(service).add(new Link(host, HOST_WEIGHT));
            }
        }
        for (int service : services) {
            edges(dot, names[service], links.get(service), true);
        }
        return dot.append("}\n").toString();
    }

    /** dydisnix-graphcol {@code --output-graph}: the dependency graph of every service, uncoloured. */
    public static String dependencyGraph(PlanningContext context) {
        return dependencyGraph(context, null);
    }

    /**
     * dydisnix-graphcol {@code --output-resolved-graph}: the dependency graph with each service's
     * colour, the index of its target in byte order, from {@code result} (the colouring).
     */
    public static String colouredDependencyGraph(PlanningContext context, CandidateDistribution result) {
        return dependencyGraph(context, result);
    }

    private static String dependencyGraph(PlanningContext context, CandidateDistribution colouring) {
        Universe universe = context.universe();
        int[] services = new int[universe.serviceCount()];
        String[] names = new String[services.length];
        for (int service = 0; service < services.length; service++) {
            services[service] = service;
            names[service] = universe.serviceName(service);
        }
        List<List<Link>> links = dependencyLinks(context, services, names, null);
        StringBuilder dot = new StringBuilder("graph {\nnode [shape=Mrecord];\n");
        for (int service : services) {
            if (colouring == null) {
                node(dot, names[service]);
            } else {
                String name = quote(names[service]);
                dot.append(name).append(" [ label = \"<f0> ").append(name, 1, name.length() - 1).append("|<f1> ")
                        .append(colouring.target(service, 0)).append("\" ]\n");
            }
        }
        for (int service : services) {
            edges(dot, names[service], links.get(service), false);
        }
        return dot.append("}\n").toString();
    }

    /** A link to a node, with its weight annotation (null for none). */
    private record Link(String node, String weight) {
    }

    /**
     * Per service, its links to other services: for each service in order, each dependsOn and then
     * each connectsTo entry that is a node links both ends. {@code names} is null for services that
     * are no node.
     */
    private static List<List<Link>> dependencyLinks(PlanningContext context, int[] services, String[] names,
            String weight) {
        Universe universe = context.universe();
        List<List<Link>> links = new ArrayList<>();
        for (int service = 0; service < universe.serviceCount(); service++) {
            links.add(new ArrayList<>());
        }
        for (int service : services) {
            Service model = context.service(service);
            for (List<Service> dependencies : List.of(model.getDependsOn(), model.getConnectsTo())) {
                for (Service dependency : dependencies) {
                    int other = dependency.getName() == null ? -1 : universe.serviceIndex(dependency.getName());
                    if (other < 0 || names[other] == null) continue;
                    links.get(service).add(new Link(names[other], weight));
                    links.get(other).add(new Link(names[service], weight));
                }
            }
        }
        return links;
    }

    private static void node(StringBuilder dot, String name) {
        String quoted = quote(name);
        dot.append(quoted).append(" [ label = ").append(quoted).append(" ]\n");
    }

    /** The node's links, each printed from the end whose name sorts lower (or equal). */
    private static void edges(StringBuilder dot, String name, List<Link> links, boolean weighted) {
        for (Link link : links) {
            if (ByteOrder.compare(name, link.node()) > 0) continue;
            dot.append(quote(name)).append(" -- ").append(quote(link.node()));
            if (weighted) {
                dot.append(" [ label = \"").append(link.weight()).append("\", weight=\"").append(link.weight()).append("\" ]");
            }
            dot.append('\n');
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\\\"") + '"';
    }
}
