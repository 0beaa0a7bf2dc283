package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dynadeploy graphcol}: dydisnix-graphcol, every dependency over a network link. */
@Command(name = "graphcol", sortOptions = false,
        description = {"Puts dependent services on different machines, like dydisnix-graphcol.",
                "An approximate colouring of the dependency graph (dependsOn, connectsTo) of all services, the"
                        + " targets in byte order of name being the colours. It takes no distribution: every service"
                        + " may go to every target. It fails when there are too few targets."
                        + " --output-graph writes the dependency graph as Graphviz DOT instead of the distribution,"
                        + " --output-resolved-graph the coloured graph."},
        footer = {"", "Examples:",
                "  dynadeploy graphcol -s model/ -i model/",
                "  dynadeploy graphcol --xml -s services.xml -i infrastructure.xml --output-xml",
                "  dynadeploy graphcol -s model/ -i model/ --output-resolved-graph > colours.dot",
                "", "Exit status: 0 written, 1 error in the input or too few targets (the message says how many are"
                        + " missing), 2 wrong usage."})
final class GraphColCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = "--algorithm", paramLabel = "NAME", description = "dydisnix (default: dydisnix's DSatur variant)"
            + " or dsatur (Brelaz's DSATUR; see docs/dydisnix-compatibility.md).")
    String algorithm;

    @Mixin
    GraphToolOptions tool;

    @Override
    public Integer call() {
        return tool.run(spec, "graphcol", algorithm, services, infrastructure, List.of());
    }
}
