package org.dynadeploy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy bench}: timing harnesses run as the CLI runs (same launcher, same JVM
 * flags), one subcommand per engine. Timings are printed, never asserted: on a shared machine
 * they follow the load.
 */
@Command(name = "bench", sortOptions = false,
        description = "Times an engine on a seeded synthetic model, in this process (see docs/benchmarks.md).",
        subcommands = {DocsBenchCommand.class},
        footer = {"", "Examples:",
                "  dynadeploy bench docs --services 1000 --groups 50 --levels 3",
                "  dynadeploy bench docs --services 10000 --write-model /tmp/ws10k"})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing benchmark: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
