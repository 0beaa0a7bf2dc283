package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                        + " --output-graph and --output-resolved-graph (DOT) are not supported yet."},
        footer = {"", "Examples:",
                "  dynadeploy graphcol -s model/ -i model/",
                "  dynadeploy graphcol --xml -s services.xml -i infrastructure.xml --output-xml",
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
    GraphOutputs graphs;

    @Mixin
    InputFormat format;

    @Mixin
    CandidateOutput output;

    @Override
    public Integer call() {
        graphs.refuse("graphcol");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (algorithm != null) parameters.put("algorithm", algorithm);
        return FilterRun.run(spec, "graphcol", parameters, format, output, services, infrastructure, List.of(),
                List.of());
    }
}
