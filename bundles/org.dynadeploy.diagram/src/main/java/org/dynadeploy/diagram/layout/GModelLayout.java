package org.dynadeploy.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GShapeElement;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Places every node of a GModel on the server, bottom-up: each container (the graph or a node's
 * compartment) is laid out on its own, after its children got their sizes, with ELK Layered (the
 * architecture: edges between services induce edges between the boxes that hold them) or as a
 * grid or a stack (targets). Positions a user set by hand (the {@link Notation}) win over the
 * computed ones, and containers grow to hold them.
 * <p>
 * Each container's placement is cached under a signature of what it depends on (its children's
 * ids and sizes and the edges between them), so an edit re-runs ELK only for the containers whose
 * structure changed, and an edit that changes no structure re-runs it nowhere.
 */
public final class GModelLayout {

    public enum Strategy {
        /** ELK Layered, dependants above their dependencies. */
        LAYERED,
        /** Rows and columns, about as many of each. */
        GRID,
        /** One below the other (labels and boxes). */
        STACK
    }

    /** An edge between two children of one container, and the diagram edges it stands for. */
    private record Induced(String from, String to, String edgeId, boolean direct) {
    }

    /** The computed placement of one container's children (padding included). */
    private record Placement(Map<String, double[]> positions, Map<String, List<double[]>> routes, double width, double height) {
    }

    public static final double PAD = 8;
    public static final double MIN_WIDTH = 80;
    public static final double MIN_HEIGHT = 24;
    private static final int CACHE_SIZE = 4096;

    private static volatile boolean elkRegistered;

    private final Map<String, Placement> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Placement> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final AtomicInteger computed = new AtomicInteger();

    /** Forgets every cached placement: the next layout computes everything (benchmarks). */
    public void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    /** How many container placements were computed (not taken from the cache) so far. */
    public int computedPlacements() {
        return computed.get();
    }

    /**
     * Lays out a model in place: sizes of containers, positions of all nodes, routing points of
     * edges (absolute, since edges are children of the root).
     */
    public synchronized void layout(GModelRoot root, Function<GModelElement, Strategy> strategies, Notation notation) {
        Map<String, GNode> nodes = new HashMap<>();
        collectNodes(root, nodes);
        Map<GModelElement, List<Induced>> induced = new IdentityHashMap<>();
        for (GModelElement child : root.getChildren()) {
            if (child instanceof GEdge edge) {
                induce(edge, nodes, induced);
            }
        }
        Map<GModelElement, Placement> placements = new IdentityHashMap<>();
        layoutContainer(root, strategies, notation, induced, placements);
        Map<GModelElement, double[]> origins = new IdentityHashMap<>();
        origins.put(root, new double[] {0, 0});
        computeOrigins(root, 0, 0, origins);
        for (GModelElement child : root.getChildren()) {
            if (child instanceof GEdge edge) {
                route(edge, nodes, induced, placements, origins, notation);
            }
        }
    }

    // ------------------------------------------------------------------ structure

    private static void collectNodes(GModelElement parent, Map<String, GNode> nodes) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node) {
                nodes.put(node.getId(), node);
            }
            if (child instanceof GNode || child instanceof GCompartment) {
                collectNodes(child, nodes);
            }
        }
    }

    /** The containers above a node, bottom-up, each with the child of it that holds the node. */
    private static List<GModelElement[]> chain(GNode node) {
        List<GModelElement[]> result = new ArrayList<>();
        GModelElement child = node;
        while (child != null) {
            GModelElement container = child.getParent();
            if (container == null) {
                break;
            }
            result.add(new GModelElement[] {container, child});
            child = container instanceof GCompartment ? container.getParent() : null;
        }
        return result;
    }

    static String pairKey(String from, String to) {
        return from + "\u0000" + to;
    }

    /**
     * Where an edge runs: the lowest container holding both its ends, and the child of it on each
     * side (the end itself, or the compound node that holds it). {@code up} and {@code down} are
     * the ends' chains of (container, child) up to the root.
     */
    private record Span(GModelElement container, GModelElement from, GModelElement to, boolean direct,
            List<GModelElement[]> up, List<GModelElement[]> down) {
    }

    /** The span of an edge, or null when an end is missing, both ends are one node, or none is found. */
    private static Span span(GEdge edge, Map<String, GNode> nodes) {
        GNode source = nodes.get(edge.getSourceId());
        GNode target = nodes.get(edge.getTargetId());
        if (source == null || target == null || source == target) {
            return null;
        }
        List<GModelElement[]> up = chain(source);
        List<GModelElement[]> down = chain(target);
        for (GModelElement[] a : up) {
            for (GModelElement[] b : down) {
                if (a[0] == b[0]) {
                    return new Span(a[0], a[1], b[1], a[1] == source && b[1] == target, up, down);
                }
            }
        }
        return null;
    }

    private static void induce(GEdge edge, Map<String, GNode> nodes, Map<GModelElement, List<Induced>> induced) {
        Span span = span(edge, nodes);
        if (span != null && span.from() != span.to()) {
            induced.computeIfAbsent(span.container(), c -> new ArrayList<>())
                    .add(new Induced(span.from().getId(), span.to().getId(), edge.getId(), span.direct()));
        }
    }

    // ------------------------------------------------------------------ placement

    private double[] layoutContainer(GModelElement container, Function<GModelElement, Strategy> strategies, Notation notation,
            Map<GModelElement, List<Induced>> induced, Map<GModelElement, Placement> placements) {
        List<GShapeElement> items = new ArrayList<>();
        Strategy strategy = strategies.apply(container);
        for (GModelElement child : container.getChildren()) {
            if (child instanceof GNode node) {
                GCompartment compartment = compartmentOf(node);
                if (compartment != null) {
                    layoutCompound(node, compartment, strategies, notation, induced, placements);
                }
                items.add(node);
            } else if (child instanceof GLabel label && strategy == Strategy.STACK) {
                items.add(label);
            }
        }
        List<Induced> edges = distinct(induced.getOrDefault(container, List.of()));
        StringBuilder signature = new StringBuilder(strategy.name());
        for (GShapeElement item : items) {
            signature.append('|').append(item.getId()).append(':').append(w(item)).append('x').append(h(item));
        }
        for (Induced edge : edges) {
            signature.append('|').append(edge.from()).append('>').append(edge.to());
            if (edge.direct()) {
                signature.append('>').append(edge.edgeId());
            }
        }
        String key = signature.toString();
        Placement placement;
        synchronized (cache) {
            placement = cache.get(key);
        }
        if (placement == null) {
            placement = switch (strategy) {
                // boxes without edges between them: a grid packs them better than layers
                case LAYERED -> edges.isEmpty() ? grid(items) : layered(items, edges);
                case GRID -> grid(items);
                case STACK -> stack(items);
            };
            computed.incrementAndGet();
            synchronized (cache) {
                cache.put(key, placement);
            }
        }
        placements.put(container, placement);
        double width = placement.width();
        double height = placement.height();
        for (GShapeElement item : items) {
            double[] position = placement.positions().get(item.getId());
            Notation.Point manual = notation.positions().get(item.getId());
            double x = manual != null ? manual.x() : position[0];
            double y = manual != null ? manual.y() : position[1];
            item.setPosition(GraphUtil.point(round(x), round(y)));
            width = Math.max(width, x + w(item) + PAD);
            height = Math.max(height, y + h(item) + PAD);
        }
        return new double[] {width, height};
    }

    private void layoutCompound(GNode node, GCompartment compartment, Function<GModelElement, Strategy> strategies,
            Notation notation, Map<GModelElement, List<Induced>> induced, Map<GModelElement, Placement> placements) {
        double[] content = layoutContainer(compartment, strategies, notation, induced, placements);
        double heading = 0;
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                heading = Math.max(heading, label.getPosition().getX() + w(label) + PAD);
            }
        }
        double top = compartment.getPosition() == null ? 0 : compartment.getPosition().getY();
        double width = Math.ceil(Math.max(MIN_WIDTH, Math.max(heading, content[0])));
        double height = Math.ceil(Math.max(MIN_HEIGHT, content[1]));
        compartment.setSize(GraphUtil.dimension(width, height));
        node.setSize(GraphUtil.dimension(width, top + height));
    }

    /**
     * The edges ELK needs: every direct edge (it gets a route), but one edge per pair of boxes for
     * the edges between their contents (hundreds of parallel edges change nothing in the layering
     * and cost ELK seconds).
     */
    private static List<Induced> distinct(List<Induced> edges) {
        List<Induced> result = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Induced edge : edges) {
            if (edge.direct() || pairs.add(pairKey(edge.from(), edge.to()))) {
                result.add(edge.direct() ? edge : new Induced(edge.from(), edge.to(), "", false));
            }
        }
        return result;
    }

    private static GCompartment compartmentOf(GNode node) {
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GCompartment compartment) {
                return compartment;
            }
        }
        return null;
    }

    private static Placement grid(List<GShapeElement> items) {
        double gap = 16;
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(items.size())));
        int rows = (items.size() + columns - 1) / columns;
        double[] columnWidth = new double[columns];
        double[] rowHeight = new double[Math.max(rows, 1)];
        for (int i = 0; i < items.size(); i++) {
            columnWidth[i % columns] = Math.max(columnWidth[i % columns], w(items.get(i)));
            rowHeight[i / columns] = Math.max(rowHeight[i / columns], h(items.get(i)));
        }
        Map<String, double[]> positions = new HashMap<>();
        double width = PAD;
        double height = PAD;
        for (int i = 0; i < items.size(); i++) {
            int column = i % columns;
            int row = i / columns;
            double x = PAD;
            for (int c = 0; c < column; c++) {
                x += columnWidth[c] + gap;
            }
            double y = PAD;
            for (int r = 0; r < row; r++) {
                y += rowHeight[r] + gap;
            }
            positions.put(items.get(i).getId(), new double[] {x, y});
            width = Math.max(width, x + w(items.get(i)) + PAD);
            height = Math.max(height, y + h(items.get(i)) + PAD);
        }
        return new Placement(positions, Map.of(), width, height);
    }

    private static Placement stack(List<GShapeElement> items) {
        Map<String, double[]> positions = new HashMap<>();
        double y = PAD / 2;
        double width = PAD;
        GShapeElement previous = null;
        for (GShapeElement item : items) {
            if (previous != null) {
                y += previous instanceof GLabel && item instanceof GLabel ? 2 : 6;
            }
            positions.put(item.getId(), new double[] {PAD, y});
            width = Math.max(width, PAD + w(item) + PAD);
            y += h(item);
            previous = item;
        }
        return new Placement(positions, Map.of(), width, y + PAD);
    }

    private Placement layered(List<GShapeElement> items, List<Induced> edges) {
        if (items.isEmpty()) {
            return new Placement(Map.of(), Map.of(), PAD * 2, PAD * 2);
        }
        ensureElk();
        ElkNode graph = ElkGraphUtil.createGraph();
        boolean large = items.size() > 100;
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 32.0);
        graph.setProperty(LayeredOptions.PADDING, new ElkPadding(PAD));
        graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
        graph.setProperty(LayeredOptions.THOROUGHNESS, large ? 1 : 3);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, large ? OrderingStrategy.NONE : OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(LayeredOptions.MERGE_EDGES, large);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        graph.setProperty(LayeredOptions.ASPECT_RATIO, 1.6);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (GShapeElement item : items) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(item.getId());
            node.setDimensions(w(item), h(item));
            elkNodes.put(item.getId(), node);
        }
        Map<String, ElkEdge> direct = new LinkedHashMap<>();
        for (Induced edge : edges) {
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
            // a direct edge's route is its own; a pair's route is shared by the edges between the two boxes' contents
            direct.put(edge.direct() ? edge.edgeId() : pairKey(edge.from(), edge.to()), elkEdge);
        }
        runWithDeepStack(() -> new RecursiveGraphLayoutEngine().layout(graph, new NullElkProgressMonitor()), items.size());
        Map<String, double[]> positions = new HashMap<>();
        for (GShapeElement item : items) {
            ElkNode node = elkNodes.get(item.getId());
            positions.put(item.getId(), new double[] {node.getX(), node.getY()});
        }
        Map<String, List<double[]>> routes = new HashMap<>();
        if (!large) {
            direct.forEach((id, edge) -> {
                if (edge.getSections().size() == 1) {
                    ElkEdgeSection section = edge.getSections().get(0);
                    List<double[]> points = new ArrayList<>();
                    points.add(new double[] {section.getStartX(), section.getStartY()});
                    for (ElkBendPoint bend : section.getBendPoints()) {
                        points.add(new double[] {bend.getX(), bend.getY()});
                    }
                    points.add(new double[] {section.getEndX(), section.getEndY()});
                    routes.put(id, points);
                }
            });
        }
        return new Placement(positions, routes, graph.getWidth(), graph.getHeight());
    }

    private static void ensureElk() {
        if (!elkRegistered) {
            synchronized (GModelLayout.class) {
                if (!elkRegistered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    elkRegistered = true;
                }
            }
        }
    }

    /** ELK recurses once per node along a path: big connected layers need a deep stack. */
    private static void runWithDeepStack(Runnable layout, int nodes) {
        if (nodes < 300) {
            layout.run();
            return;
        }
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                layout.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "dynadeploy-diagram-layout", 256L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during layout", e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("layout failed: " + failure[0], failure[0]);
        }
    }

    // ------------------------------------------------------------------ edges

    private static void computeOrigins(GModelElement container, double x, double y, Map<GModelElement, double[]> origins) {
        for (GModelElement child : container.getChildren()) {
            if (child instanceof GNode node) {
                double nx = x + node.getPosition().getX();
                double ny = y + node.getPosition().getY();
                origins.put(node, new double[] {nx, ny});
                GCompartment compartment = compartmentOf(node);
                if (compartment != null) {
                    double cx = nx + compartment.getPosition().getX();
                    double cy = ny + compartment.getPosition().getY();
                    origins.put(compartment, new double[] {cx, cy});
                    computeOrigins(compartment, cx, cy, origins);
                }
            }
        }
    }

    private static void route(GEdge edge, Map<String, GNode> nodes, Map<GModelElement, List<Induced>> induced,
            Map<GModelElement, Placement> placements, Map<GModelElement, double[]> origins, Notation notation) {
        edge.getRoutingPoints().clear();
        List<Notation.Point> manual = notation.routes().get(edge.getId());
        if (manual != null) {
            manual.forEach(p -> edge.getRoutingPoints().add(point(p.x(), p.y())));
            return;
        }
        Span span = span(edge, nodes);
        if (span != null && !movedBelow(span.up(), span.container(), notation)
                && !movedBelow(span.down(), span.container(), notation)) {
            follow(edge, placements.get(span.container()), origins.get(span.container()),
                    span.direct() ? edge.getId() : pairKey(span.from().getId(), span.to().getId()));
        }
    }

    /** Whether a node between an end of an edge and the container of its route was placed by hand. */
    private static boolean movedBelow(List<GModelElement[]> chain, GModelElement container, Notation notation) {
        for (GModelElement[] link : chain) {
            if (notation.positions().containsKey(link[1].getId())) {
                return true; // a straight line rather than a route to where the node was
            }
            if (link[0] == container) {
                return false;
            }
        }
        return false;
    }

    private static void follow(GEdge edge, Placement placement, double[] origin, String key) {
        if (placement == null || origin == null) {
            return;
        }
        List<double[]> points = placement.routes().get(key);
        if (points == null) {
            return;
        }
        for (double[] p : points) {
            edge.getRoutingPoints().add(point(origin[0] + p[0], origin[1] + p[1]));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static GPoint point(double x, double y) {
        return GraphUtil.point(round(x), round(y));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double w(GShapeElement element) {
        return element.getSize() == null ? 0 : element.getSize().getWidth();
    }

    private static double h(GShapeElement element) {
        return element.getSize() == null ? 0 : element.getSize().getHeight();
    }
}
