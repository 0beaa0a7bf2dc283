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

/** {@code dynadeploy multiwaycut}: dydisnix-multiwaycut, few network links between machines. */
@Command(name = "multiwaycut", sortOptions = false,
        description = {"Reduces the network links between machines, like dydisnix-multiwaycut.",
                "An approximation of the multiway cut of the graph of services (dependsOn, connectsTo) and their"
                        + " candidate targets. With --xml, -i may be left out: the distribution's target names are"
                        + " the targets. --output-graph writes that graph as Graphviz DOT instead of the distribution,"
                        + " --output-resolved-graph the graph after the cut."},
        footer = {"", "Examples:",
                "  dynadeploy multiwaycut -s model/ -i model/ -d candidates.dist",
                "  dynadeploy multiwaycut --xml -s services.xml -d distribution.xml --output-xml",
                "  dynadeploy multiwaycut -s model/ -i model/ -d candidates.dist --algorithm isolating-cuts",
                "  dynadeploy multiwaycut --xml -s services.xml -d distribution.xml --output-graph \\",
                "      | dot -Tsvg > graph.svg",
                "", "Exit status: 0 written, 1 error in the input, 2 wrong usage."})
final class MultiwayCutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR",
            description = "Infrastructure model (optional with --xml).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, required = true, paramLabel = "FILE",
            description = "The candidate distribution.")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--algorithm", paramLabel = "NAME", description = "dydisnix (default: dydisnix's approximation)"
            + " or isolating-cuts (true minimum isolating cuts; see docs/dydisnix-compatibility.md).")
    String algorithm;

    @Mixin
    GraphToolOptions tool;

    @Override
    public Integer call() {
        return tool.run(spec, "multiwaycut", algorithm, services, infrastructure, distribution);
    }
}
