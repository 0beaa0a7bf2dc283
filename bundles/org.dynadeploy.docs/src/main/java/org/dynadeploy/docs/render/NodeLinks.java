package org.dynadeploy.docs.render;

import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.docs.site.Links;

/**
 * Where a click on a diagram node leads, relative to the diagram's directory: a service to its
 * entry on its own group's page, a group node to the group's page. SVG, image map and Mermaid
 * all link through this.
 */
public final class NodeLinks {

    private NodeLinks() {
    }

    public static String href(ServiceGraph graph, LayerNode node, String fromDir) {
        String target = node.isGroup() ? Links.groupPage(node.path())
                : Links.serviceEntry(node.name(), graph.group(node.name()));
        return Links.relative(fromDir, target);
    }
}
