package org.dynadeploy.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dynadeploy divide}: dydisnix-divide, one-dimensional division of a resource. */
@Command(name = "divide", sortOptions = false,
        description = {"Gives each service one target that has enough of a resource left, like dydisnix-divide.",
                "Services are visited in byte order of name; each takes a candidate whose --target-property"
                        + " (a capacity) is at least its --service-property (a need), which is then used up. greedy"
                        + " takes the first candidate that fits, highest-bidder the one with the most left,"
                        + " lowest-bidder the one with the least left that still fits."},
        footer = {"", "Examples:",
                "  dynadeploy divide --strategy greedy -s model/ -i model/ -d candidates.dist \\",
                "      --service-property requireMem --target-property mem",
                "  dynadeploy divide --xml --strategy lowest-bidder -s services.xml -i infrastructure.xml \\",
                "      -d distribution.xml --service-property requireMem --target-property mem --output-xml",
                "", "Exit status: 0 written, 1 error in the input or no target has enough left (the message names the"
                        + " service, its need and the most any candidate has left), 2 wrong usage."})
final class DivideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "STRATEGY",
            description = "greedy, highest-bidder or lowest-bidder.")
    String strategy;

    @Mixin
    CandidateToolInputs inputs;

    @Option(names = "--service-property", required = true, paramLabel = "NAME",
            description = "The service property holding its need, e.g. requireMem.")
    String serviceProperty;

    @Option(names = "--target-property", required = true, paramLabel = "NAME",
            description = "The target property holding its capacity, e.g. mem.")
    String targetProperty;

    @Mixin
    InputFormat format;

    @Mixin
    CandidateOutput output;

    @Override
    public Integer call() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("strategy", strategy);
        parameters.put("serviceProperty", serviceProperty);
        parameters.put("targetProperty", targetProperty);
        return inputs.run(spec, "divide", parameters, format, output);
    }
}
