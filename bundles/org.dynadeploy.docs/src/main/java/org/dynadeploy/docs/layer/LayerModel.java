package org.dynadeploy.docs.layer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;

/**
 * The layer transformation of dydisnix (§7.1) applied to the services a group's diagram shows
 * (§7.3). Seen from group G, a service whose group is G or an ancestor of G stays a leaf; any
 * other service is represented by the group node of the first path segment in which its group
 * departs from G ("services/logging" seen from "services" is node "logging", seen from the root
 * it is "services", "other/x" seen from "services" is "other"). Dependencies on members are
 * rewritten to the group node, de-duplicated, and self-references of group nodes dropped.
 *
 * <p>Group nodes are identified by their full path, so two groups with the same last segment
 * (say "a/c" and "c", both seen from "a/b") stay apart where dydisnix would merge them.
 */
public final class LayerModel {

    /** How to build a layer: dydisnix batch mode collapses and adds context. */
    public record Settings(boolean collapseSubgroups, boolean context) {
        public static final Settings DEFAULT = new Settings(true, true);
    }

    private static final Comparator<LayerNode> NODE_ORDER = Comparator
            .comparing(LayerNode::name, ByteOrder.COMPARATOR)
            .thenComparing(LayerNode::kind)
            .thenComparing(LayerNode::path, ByteOrder.COMPARATOR);

    private LayerModel() {
    }

    public static Layer build(ServiceGraph graph, String group) {
        return build(graph, group, Settings.DEFAULT);
    }

    public static Layer build(ServiceGraph graph, String group, Settings settings) {
        List<String> groupTokens = GroupPaths.segments(group);
        Map<String, LayerContext.Shown> shown = LayerContext.select(graph, group, settings.context());
        Map<String, LayerNode> nodeOfService = new HashMap<>();
        Map<String, LayerNode> nodes = new HashMap<>();
        for (LayerContext.Shown service : shown.values()) {
            String name = service.name();
            LayerNode node = settings.collapseSubgroups()
                    ? representative(name, graph.group(name), graph.groupSegments(name), groupTokens, group)
                    : LayerNode.service(name, graph.group(name), !service.inGroup());
            nodes.putIfAbsent(node.id(), node);
            nodeOfService.put(name, nodes.get(node.id()));
        }
        Set<LayerEdge> edges = new HashSet<>();
        for (LayerContext.Shown service : shown.values()) {
            LayerNode from = nodeOfService.get(service.name());
            service.dependencies().forEach((kind, targets) -> {
                for (String target : targets) {
                    LayerNode to = nodeOfService.get(target);
                    if (to != null && !to.id().equals(from.id())) {
                        edges.add(new LayerEdge(from.id(), to.id(), kind));
                    }
                }
            });
        }
        List<LayerNode> ordered = new ArrayList<>(nodes.values());
        ordered.sort(NODE_ORDER);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
        }
        List<LayerEdge> sortedEdges = new ArrayList<>(edges);
        sortedEdges.sort(Comparator.<LayerEdge>comparingInt(e -> position.get(e.from()))
                .thenComparingInt(e -> position.get(e.to())).thenComparing(LayerEdge::kind));
        return new Layer(group, ordered, sortedEdges);
    }

    /** The node standing for a service seen from group G (tokens {@code g}). */
    private static LayerNode representative(String name, String path, List<String> s, List<String> g, String group) {
        boolean inGroup = ServiceGraph.isIn(path, group);
        if (s.size() <= g.size() && g.subList(0, s.size()).equals(s)) {
            return LayerNode.service(name, path, !inGroup);
        }
        int differs = 0;
        while (differs < g.size() && differs < s.size() && s.get(differs).equals(g.get(differs))) {
            differs++;
        }
        String groupPath = String.join("/", s.subList(0, differs + 1));
        return LayerNode.group(groupPath, !ServiceGraph.isIn(groupPath, group));
    }
}
