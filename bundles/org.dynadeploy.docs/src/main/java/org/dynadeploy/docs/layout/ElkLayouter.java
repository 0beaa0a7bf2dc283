package org.dynadeploy.docs.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a flat directed graph of fixed-size boxes with ELK Layered and reads the positions
 * back. Knows nothing about services: it takes ids, sizes and edges, in the caller's (stable)
 * order, and that order is what ELK's model-order options keep.
 */
public final class ElkLayouter {

    /** A node to place. */
    public record NodeSize(String id, double width, double height) {
    }

    /** An edge to route, between node ids. */
    public record EdgeRef(String from, String to) {
    }

    /** Stack for the layout thread: enough for ELK's recursion over ~100,000 nodes. */
    private static final long LAYOUT_STACK_BYTES = 512L * 1024 * 1024;

    private final LayoutOptions options;

    public ElkLayouter(LayoutOptions options) {
        this.options = options;
    }

    public DiagramLayout layout(List<NodeSize> nodes, List<EdgeRef> edges) {
        if (nodes.isEmpty()) {
            return new DiagramLayout(0, 0, List.of(), List.of());
        }
        ElkRuntime.ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        options.forSize(nodes.size()).applyTo(root);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (NodeSize node : nodes) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setIdentifier(node.id());
            elkNode.setDimensions(node.width(), node.height());
            elkNodes.put(node.id(), elkNode);
        }
        List<ElkEdge> elkEdges = new ArrayList<>(edges.size());
        for (EdgeRef edge : edges) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to())));
        }
        runWithDeepStack(() -> new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor()));

        List<DiagramLayout.Box> boxes = new ArrayList<>(nodes.size());
        for (NodeSize node : nodes) {
            ElkNode placed = elkNodes.get(node.id());
            boxes.add(new DiagramLayout.Box(node.id(), placed.getX(), placed.getY(), placed.getWidth(), placed.getHeight()));
        }
        List<DiagramLayout.Route> routes = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            routes.add(new DiagramLayout.Route(edges.get(i).from(), edges.get(i).to(), points(elkEdges.get(i))));
        }
        return new DiagramLayout(root.getWidth(), root.getHeight(), boxes, routes);
    }

    /**
     * ELK walks connected components recursively, one stack frame per node on a path: a
     * connected layer of a few thousand services overflows a default thread stack. Layout
     * therefore runs on a thread of its own with a stack sized for that (reserved address
     * space; only what is used gets committed).
     */
    private static void runWithDeepStack(Runnable layout) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                layout.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "dynadeploy-elk-layout", LAYOUT_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during layout", e);
        }
        if (failure[0] instanceof StackOverflowError) {
            throw new IllegalStateException("the diagram is too large to lay out (stack exhausted)", failure[0]);
        }
        if (failure[0] instanceof RuntimeException e) throw e;
        if (failure[0] instanceof Error e) throw e;
    }

    /** The route of an edge; all nodes sit in the root, so section coordinates are absolute. */
    private static List<DiagramLayout.Point> points(ElkEdge edge) {
        List<DiagramLayout.Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new DiagramLayout.Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new DiagramLayout.Point(bend.getX(), bend.getY()));
            }
            points.add(new DiagramLayout.Point(section.getEndX(), section.getEndY()));
        }
        return points;
    }
}
