package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code multiwaycut} and {@code graphcol} share after their inputs: the DOT outputs, the
 * input format and the distribution output, and running the filter with its {@code algorithm}.
 */
final class GraphToolOptions {

    @Mixin
    GraphOutputs graphs;

    @Mixin
    InputFormat format;

    @Mixin
    CandidateOutput output;

    /**
     * @param algorithm    the {@code --algorithm} given, or null for dydisnix's
     * @param distribution the {@code -d} files (empty for graphcol, which takes none)
     */
    int run(CommandSpec spec, String filter, String algorithm, List<Path> services, List<Path> infrastructure,
            List<Path> distribution) {
        if (graphs.graph && graphs.resolvedGraph) {
            throw new ParameterException(spec.commandLine(), "--output-graph and --output-resolved-graph cannot be"
                    + " combined; give one");
        }
        if (graphs.requested() && output.xml) {
            throw new ParameterException(spec.commandLine(), "--output-xml cannot be combined with "
                    + (graphs.graph ? "--output-graph" : "--output-resolved-graph") + ", which writes DOT");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (algorithm != null) parameters.put("algorithm", algorithm);
        return FilterRun.run(spec, filter, parameters, format, output, services, infrastructure, distribution, List.of(),
                graphs);
    }
}
