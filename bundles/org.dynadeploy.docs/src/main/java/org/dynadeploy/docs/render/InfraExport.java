package org.dynadeploy.docs.render;

import java.util.List;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.Target;

/**
 * The infrastructure as text diagrams: DOT in the shape dydisnix-visualize-infra prints (§7.5:
 * a cluster per target holding a "containers" cluster with one record node per container, no
 * edges), and the same structure as a Mermaid flowchart of subgraphs.
 */
public final class InfraExport {

    private InfraExport() {
    }

    public static String dot(Catalog catalog) {
        StringBuilder out = new StringBuilder("digraph G {\n");
        for (Target target : catalog.targets().values()) {
            String t = Escape.dot(target.getName());
            out.append("subgraph \"cluster_target_").append(t).append("\" { style=filled; label=\"").append(t)
                    .append("\" fillcolor=grey\n");
            out.append("  subgraph \"cluster_container_").append(t).append("\" { style=filled; label=\"containers\" fillcolor=grey40\n");
            out.append("    node [shape=record,style=filled,color=black,fillcolor=white]\n");
            List<Container> containers = InfraViews.sortedContainers(target);
            for (Container container : containers) {
                String c = Escape.dot(container.getName());
                out.append("    \"").append(t).append(':').append(c).append("\" [ label = \"").append(record(container.getName()))
                        .append("\" ]\n");
            }
            if (containers.isEmpty()) {
                out.append("    \"").append(t).append(":\" [ label = \"(no defined containers)\" ]\n");
            }
            out.append("  }\n}\n");
        }
        return out.append("}\n").toString();
    }

    /** Record labels treat {, }, |, < and > as structure: escape them as well. */
    private static String record(String text) {
        return Escape.dot(text).replaceAll("([{}|<>])", "\\\\$1");
    }

    public static String mermaid(Catalog catalog) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        int t = 0;
        for (Target target : catalog.targets().values()) {
            out.append("  subgraph t").append(t).append("[\"").append(Escape.mermaid(target.getName())).append("\"]\n");
            List<Container> containers = InfraViews.sortedContainers(target);
            int c = 0;
            for (Container container : containers) {
                out.append("    t").append(t).append('c').append(c++).append("[\"").append(Escape.mermaid(container.getName())).append("\"]\n");
            }
            if (containers.isEmpty()) {
                out.append("    t").append(t).append("none[\"(no defined containers)\"]\n");
            }
            out.append("  end\n");
            t++;
        }
        return out.toString();
    }

    /** A deployment as DOT: a cluster per target, a cluster per container, a node per service. */
    public static String deploymentDot(Catalog catalog, Deployment deployment) {
        StringBuilder out = new StringBuilder("digraph G {\nnode [shape=box,style=filled,color=black,fillcolor=white]\n");
        deployment.byTarget().forEach((target, containers) -> {
            String t = Escape.dot(target);
            out.append("subgraph \"cluster_target_").append(t).append("\" { label=\"").append(t).append("\"\n");
            containers.forEach((container, services) -> {
                String c = Escape.dot(container);
                out.append("  subgraph \"cluster_container_").append(t).append(':').append(c).append("\" { label=\"")
                        .append(c).append("\"\n");
                for (String service : services) {
                    out.append("    \"").append(t).append(':').append(c).append(':').append(Escape.dot(service))
                            .append("\" [ label = \"").append(Escape.dot(service)).append("\" ]\n");
                }
                out.append("  }\n");
            });
            out.append("}\n");
        });
        return out.append("}\n").toString();
    }

    /** A deployment as Mermaid: a subgraph per target and per container, a node per service. */
    public static String deploymentMermaid(Catalog catalog, Deployment deployment) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        int[] t = {0};
        deployment.byTarget().forEach((target, containers) -> {
            out.append("  subgraph t").append(t[0]).append("[\"").append(Escape.mermaid(target)).append("\"]\n");
            int[] c = {0};
            containers.forEach((container, services) -> {
                String id = "t" + t[0] + "c" + c[0]++;
                out.append("    subgraph ").append(id).append("[\"").append(Escape.mermaid(container)).append("\"]\n");
                int s = 0;
                for (String service : services) {
                    out.append("      ").append(id).append('s').append(s++).append("[\"").append(Escape.mermaid(service)).append("\"]\n");
                }
                out.append("    end\n");
            });
            out.append("  end\n");
            t[0]++;
        });
        return out.toString();
    }
}
