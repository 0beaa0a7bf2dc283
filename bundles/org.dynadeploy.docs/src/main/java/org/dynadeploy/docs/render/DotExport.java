package org.dynadeploy.docs.render;

import java.util.HashMap;
import java.util.Map;

import org.dynadeploy.docs.layer.EdgeKind;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerEdge;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.Service;

/**
 * A layer as Graphviz DOT in the shape dydisnix-visualize-services writes (§7.3): one node line
 * per node in byte order of name, then the edges; group nodes dashed, container providers with
 * two peripheries, connectsTo edges dashed. Node ids are the names; a group node whose name is
 * also a service's (or another group's) in the same layer is qualified by its path instead.
 */
public final class DotExport {

    private DotExport() {
    }

    public static String write(Layer layer, ServiceGraph graph) {
        Map<String, String> dotIds = dotIds(layer);
        StringBuilder out = new StringBuilder();
        out.append("digraph G {\n");
        out.append("node [style=filled,fillcolor=white,color=black];\n");
        for (LayerNode node : layer.nodes()) {
            out.append('"').append(Escape.dot(dotIds.get(node.id()))).append("\" [ label = \"")
                    .append(Escape.dot(node.isGroup() ? dotIds.get(node.id()) : node.name()));
            if (node.isGroup()) {
                out.append("\", style=dashed ]\n");
                continue;
            }
            Service service = graph.service(node.name());
            String provides = NodeLabels.providedContainers(service).orElse(null);
            if (provides != null) {
                out.append(" &#8594;\\n").append(Escape.dot(provides));
            }
            if (service.getType() != null && !service.getType().isEmpty()) {
                out.append("\\n(").append(Escape.dot(service.getType())).append(')');
            }
            out.append('"');
            if (provides != null) {
                out.append(", peripheries=2");
            }
            out.append(" ]\n");
        }
        out.append('\n');
        for (LayerEdge edge : layer.edges()) {
            out.append('"').append(Escape.dot(dotIds.get(edge.from()))).append("\" -> \"")
                    .append(Escape.dot(dotIds.get(edge.to()))).append('"');
            if (edge.kind() == EdgeKind.CONNECTS_TO) {
                out.append(" [style=dashed]");
            }
            out.append('\n');
        }
        return out.append("}\n").toString();
    }

    private static Map<String, String> dotIds(Layer layer) {
        Map<String, Integer> uses = new HashMap<>();
        for (LayerNode node : layer.nodes()) {
            uses.merge(node.name(), 1, Integer::sum);
        }
        Map<String, String> ids = new HashMap<>();
        for (LayerNode node : layer.nodes()) {
            boolean qualify = node.isGroup() && uses.get(node.name()) > 1;
            ids.put(node.id(), qualify ? node.path() + "/" : node.name());
        }
        return ids;
    }
}
