package org.dynadeploy.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dynadeploy minsetcover}: dydisnix-minsetcover, cheap targets for all services. */
@Command(name = "minsetcover", sortOptions = false,
        description = {"Puts the services on few and cheap targets, like dydisnix-minsetcover.",
                "A greedy approximation of the minimum set cover: repeatedly the target with the lowest"
                        + " --target-property (its price) per service it would newly cover takes all its uncovered"
                        + " candidate services."},
        footer = {"", "Examples:",
                "  dynadeploy minsetcover -s model/ -i model/ -d candidates.dist --target-property cost",
                "  dynadeploy minsetcover --xml -s services.xml -i infrastructure.xml -d distribution.xml \\",
                "      --target-property cost --output-xml",
                "", "Exit status: 0 written, 1 error in the input, 2 wrong usage."})
final class MinSetCoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CandidateToolInputs inputs;

    @Option(names = "--target-property", required = true, paramLabel = "NAME",
            description = "The target property holding its price, e.g. cost.")
    String targetProperty;

    @Mixin
    InputFormat format;

    @Mixin
    CandidateOutput output;

    @Override
    public Integer call() {
        return inputs.run(spec, "minsetcover", Map.of("targetProperty", targetProperty), format, output);
    }
}
