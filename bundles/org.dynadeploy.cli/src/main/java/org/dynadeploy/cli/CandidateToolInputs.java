package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The three inputs of {@code divide} and {@code minsetcover}, as of dydisnix-divide and
 * dydisnix-minsetcover: services, infrastructure and the candidate distribution, all required.
 */
final class CandidateToolInputs {

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, required = true, paramLabel = "FILE",
            description = "The candidate distribution.")
    List<Path> distribution = new ArrayList<>();

    /** Applies the filter to these inputs and writes its result. */
    int run(CommandSpec spec, String filter, Map<String, String> parameters, InputFormat format, CandidateOutput output) {
        return FilterRun.run(spec, filter, parameters, format, output, services, infrastructure, distribution, List.of());
    }
}
