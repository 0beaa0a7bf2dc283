package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dynadeploy.cli.PlanningInputs.Role;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What every single-filter command does once its options are read: check the filter and its
 * parameters, load the models, apply the filter, write the candidate distribution (or, for
 * multiwaycut and graphcol, the DOT graph asked for with {@link GraphOutputs}).
 */
final class FilterRun {

    private FilterRun() {
    }

    /**
     * @param distribution the {@code -d} files; empty means the initial distribution
     * @param previous     the {@code --previous} files, or empty
     */
    static int run(CommandSpec spec, String filterName, Map<String, String> parameters, InputFormat format,
            CandidateOutput output, List<Path> services, List<Path> infrastructure, List<Path> distribution,
            List<Path> previous) {
        return run(spec, filterName, parameters, format, output, services, infrastructure, distribution, previous, null);
    }

    /** @param graphs the DOT outputs of dydisnix-multiwaycut and dydisnix-graphcol, or null for other filters */
    static int run(CommandSpec spec, String filterName, Map<String, String> parameters, InputFormat format,
            CandidateOutput output, List<Path> services, List<Path> infrastructure, List<Path> distribution,
            List<Path> previous, GraphOutputs graphs) {
        PrintWriter err = spec.commandLine().getErr();
        String command = spec.name();
        format.noteIgnored(command, err);
        FilterInvocation invocation = FilterInvocation.of(filterName, parameters);
        ResultOutput destination = output.destination();
        PlanningInputs inputs = new PlanningInputs(format.xml).with(Role.SERVICES, services)
                .with(Role.INFRASTRUCTURE, infrastructure).with(Role.PREVIOUS, previous);
        if (invocation.takesInput()) {
            inputs.with(Role.DISTRIBUTION, distribution);
        } else if (!distribution.isEmpty()) {
            err.println(command + ": note: " + filterName + " takes no input distribution; ignoring -d (every service"
                    + " may go to every target)");
        }
        PlanningModels models = new PlanningLoader(err).load(inputs);
        FilterInvocation.Prepared call = invocation.prepare(models, command, err);
        String text = graphs != null && graphs.requested() ? graphs.render(filterName, call)
                : output.render(call.apply(), invocation.inputHadContainers());
        destination.write(text, spec.commandLine().getOut());
        return 0;
    }
}
