package org.dynadeploy.cli;

import org.dynadeploy.planner.filters.GraphColouring;
import org.dynadeploy.planner.filters.GraphDot;
import org.dynadeploy.planner.filters.MultiwayCut;

import picocli.CommandLine.Option;

/**
 * dydisnix-multiwaycut's and dydisnix-graphcol's DOT outputs: the graph the algorithm works on,
 * before ({@code --output-graph}) or after ({@code --output-resolved-graph}) it ran, written
 * instead of the distribution (see {@link GraphDot}).
 */
final class GraphOutputs {

    @Option(names = "--output-graph", description = "Write the graph the algorithm works on as Graphviz DOT instead"
            + " of the distribution: multiwaycut the services and candidate targets with their links, graphcol the"
            + " dependency graph of all services.")
    boolean graph;

    @Option(names = "--output-resolved-graph", description = "Write the graph after the algorithm ran as Graphviz DOT:"
            + " multiwaycut without the cut host links, graphcol with each service's colour (the index of its target"
            + " in byte order of name); fails like the command when the algorithm fails.")
    boolean resolvedGraph;

    /** Whether a DOT output was asked for. */
    boolean requested() {
        return graph || resolvedGraph;
    }

    /** The asked-for graph of a multiwaycut or graphcol call; the resolved graph runs the filter. */
    String render(String filter, FilterInvocation.Prepared call) {
        return switch (filter) {
            case MultiwayCut.NAME -> graph ? GraphDot.applicationHostGraph(call.context, call.input)
                    : GraphDot.resolvedApplicationHostGraph(call.context, call.input, call.apply());
            case GraphColouring.NAME -> graph ? GraphDot.dependencyGraph(call.context)
                    : GraphDot.colouredDependencyGraph(call.context, call.apply());
            default -> throw new IllegalArgumentException(filter + " has no graph output");
        };
    }
}
