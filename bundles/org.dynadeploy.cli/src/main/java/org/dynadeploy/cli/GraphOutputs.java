package org.dynadeploy.cli;


import picocli.CommandLine.Option;

/**
 * dydisnix-multiwaycut's and dydisnix-graphcol's DOT outputs. The planner has no DOT writer for
 * these graphs yet, so the options are recognised (scripts get a clear message instead of
 * "unknown option") and refused.
 */
final class GraphOutputs {

    @Option(names = "--output-graph", description = "Not supported yet (dydisnix writes the graph before the"
            + " computation as DOT); the command fails with a message.")
    boolean graph;

    @Option(names = "--output-resolved-graph", description = "Not supported yet (dydisnix writes the resolved graph"
            + " as DOT); the command fails with a message.")
    boolean resolvedGraph;

    /** Stops with a message when a DOT output was asked for. */
    void refuse(String command) {
        if (graph || resolvedGraph) {
            throw new UserException(command + ": " + (graph ? "--output-graph" : "--output-resolved-graph")
                    + " is not supported yet: DynaDeploy does not write the " + command + " graph as DOT; use --explain"
                    + " of gendist to see why each service went where it went");
        }
    }
}
