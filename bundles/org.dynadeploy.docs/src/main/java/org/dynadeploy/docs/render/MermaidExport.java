package org.dynadeploy.docs.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.docs.layer.EdgeKind;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerEdge;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.Service;

/**
 * A layer as a Mermaid flowchart, for pasting into Markdown: nodes n0, n1, ... in layer order
 * (model names never become Mermaid ids, so no name can break the syntax), labels escaped,
 * dashed group nodes, dotted connectsTo edges, and click links relative to the layer's directory.
 */
public final class MermaidExport {

    private MermaidExport() {
    }

    /** {@code hrefs}: node id → link, as the diagram of the same layer uses. */
    public static String write(Layer layer, ServiceGraph graph, Map<String, String> hrefs) {
        Map<String, String> ids = new HashMap<>();
        List<LayerNode> nodes = layer.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            ids.put(nodes.get(i).id(), "n" + i);
        }
        Map<String, Integer> nameCounts = new HashMap<>();
        nodes.stream().filter(LayerNode::isGroup).forEach(n -> nameCounts.merge(n.name(), 1, Integer::sum));
        StringBuilder out = new StringBuilder("flowchart TB\n");
        for (LayerNode node : nodes) {
            String label = node.isGroup() && nameCounts.get(node.name()) > 1 ? node.path() : node.name();
            out.append("  ").append(ids.get(node.id())).append("[\"").append(Escape.mermaid(label));
            if (!node.isGroup()) {
                Service service = graph.service(node.name());
                if (service.getType() != null && !service.getType().isEmpty()) {
                    out.append("<br/>(").append(Escape.mermaid(service.getType())).append(')');
                }
            }
            out.append("\"]");
            if (node.isGroup()) {
                out.append(":::group");
            } else if (node.context()) {
                out.append(":::context");
            }
            out.append('\n');
        }
        for (LayerEdge edge : layer.edges()) {
            out.append("  ").append(ids.get(edge.from())).append(edge.kind() == EdgeKind.CONNECTS_TO ? " -.-> " : " --> ")
                    .append(ids.get(edge.to())).append('\n');
        }
        for (LayerNode node : nodes) {
            String href = hrefs.get(node.id());
            if (href != null) {
                // generated links hold only [A-Za-z0-9_./#-]: nothing to escape, and Mermaid does not decode entities here
                out.append("  click ").append(ids.get(node.id())).append(" href \"").append(href.replace("\"", "%22")).append("\"\n");
            }
        }
        out.append("  classDef group stroke-dasharray: 6 4,fill:#f5f8ff\n");
        out.append("  classDef context fill:#f0f0f0,stroke:#8a8a8a\n");
        return out.toString();
    }
}
