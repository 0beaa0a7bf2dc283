package org.dynadeploy.docs.layout;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;

/**
 * The one place that sets ELK options. ELK upgrades change layouts, so the options are typed,
 * named and pinned here rather than scattered as strings; the determinism and structure tests
 * protect them.
 *
 * @param direction        dependants above their dependencies (as dot draws dydisnix diagrams)
 * @param nodeSpacing      between nodes of one layer
 * @param layerSpacing     between layers
 * @param edgeSpacing      between parallel edge segments
 * @param padding          around the whole graph
 * @param componentSpacing between disconnected parts of the graph
 * @param randomSeed       fixed, so crossing minimisation always takes the same path
 * @param thoroughness     crossing-minimisation effort (ELK's default is 7; 3 draws layers of tens
 *                         of nodes as well at a fraction of the cost)
 * @param modelOrder       keep the (byte) order of nodes where crossings allow, for diagrams that
 *                         change little when the model changes little
 * @param mergeEdges       edges into one node share their end point: harder to follow one edge,
 *                         but fewer parallel lines and faster routing; used for large layers
 * @param maxNodes         layers with more nodes are not drawn (the page says so): a diagram of
 *                         thousands of boxes is unreadable, and ELK needs about 30 s for 10,000
 */
public record LayoutOptions(Direction direction, double nodeSpacing, double layerSpacing, double edgeSpacing,
        double padding, double componentSpacing, int randomSeed, int thoroughness, boolean modelOrder,
        boolean mergeEdges, int maxNodes) {

    /**
     * Above this many nodes a layer is laid out for speed: ELK's model-order processing grows
     * much faster than the rest (5 s instead of 0.3 s at 234 nodes and 645 edges), more
     * crossing-minimisation rounds buy little in a diagram that size, and merged edges keep it
     * legible at all.
     */
    public static final int LARGE_LAYER = 100;

    public static LayoutOptions defaults() {
        return new LayoutOptions(Direction.DOWN, 24, 48, 10, 12, 32, 1, 3, true, false, 2000);
    }

    /** The same options with another drawing limit. */
    public LayoutOptions withMaxNodes(int limit) {
        return new LayoutOptions(direction, nodeSpacing, layerSpacing, edgeSpacing, padding, componentSpacing,
                randomSeed, thoroughness, modelOrder, mergeEdges, limit);
    }

    /** The options for a graph of this many nodes: the same look, less effort for big graphs. */
    public LayoutOptions forSize(int nodes) {
        return nodes <= LARGE_LAYER ? this
                : new LayoutOptions(direction, nodeSpacing, layerSpacing, edgeSpacing, padding, componentSpacing,
                        randomSeed, 1, false, true, maxNodes);
    }

    /** Sets every option on the root of a graph to lay out. */
    void applyTo(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, direction);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, edgeSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, edgeSpacing);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, componentSpacing);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(padding));
        root.setProperty(LayeredOptions.RANDOM_SEED, randomSeed);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                modelOrder ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
        root.setProperty(LayeredOptions.MERGE_EDGES, mergeEdges);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
    }
}
