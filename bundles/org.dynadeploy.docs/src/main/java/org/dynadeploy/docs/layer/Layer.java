package org.dynadeploy.docs.layer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The diagram of one group: its nodes in a stable order (byte order of name, services before
 * groups of the same name) and its de-duplicated edges, ordered by source, target and kind.
 */
public record Layer(String group, List<LayerNode> nodes, List<LayerEdge> edges) {

    public Layer {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Nodes by id. */
    public Map<String, LayerNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(LayerNode::id, Function.identity()));
    }

    public boolean hasContext() {
        return nodes.stream().anyMatch(LayerNode::context);
    }
}
