package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.cli.PlanningInputs.Role;
import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.NixDistributionWriter;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Policy;
import org.dynadeploy.planner.FilterRegistry;
import org.dynadeploy.planner.PlanResult;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PolicyExecutor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynadeploy gendist}: dydisnix-gendist, the distribution a QoS policy computes. */
@Command(name = "gendist", sortOptions = false,
        description = {"Computes the distribution (which service runs on which target) with a QoS policy, like"
                + " dydisnix-gendist.",
                "Without -q the result is the initial distribution: every service on every target. The result is"
                        + " written in the distribution language (.dist) unless --output-xml (Disnix distribution XML)"
                        + " or --output-nix (the Disnix distribution expression disnix-env reads) is given."
                        + " --explain says for each service which step removed which candidates, and why.",
                "dydisnix's --no-out-link, --stdout and --show-trace are accepted and ignored (the result is always"
                        + " printed, or written to -o)."},
        footer = {"", "Examples:",
                "  dynadeploy gendist -s model/ -i model/ -q model/policy.qos -o deploy.dist",
                "  dynadeploy gendist -s model/ -i model/ -q model/ --previous deploy.dist --output-nix",
                "  dynadeploy gendist --xml -s services.xml -i infrastructure.xml -q policy.qos --output-xml",
                "  dynadeploy gendist -s model/ -i model/ -q model/ --explain > deploy.dist 2> why.txt",
                "  dynadeploy gendist -s model/ -i model/ -q model/ -o deploy.dist --explain-format json > why.json",
                "", "Exit status: 0 written, 1 error in the input or the policy failed (nothing written), 2 wrong usage."})
final class GendistCommand implements Callable<Integer> {

    /** How --explain is written. */
    enum ExplainFormat { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-q", "--qos"}, paramLabel = "FILE|DIR", description = "The QoS policy (a .qos file, also with"
            + " --xml).")
    List<Path> qos = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE", description = "The distribution of the previous deployment"
            + " (for mapStatefulToPrevious, mapBoundServicesToPrevious, 'previous' and pinned mappings).")
    List<Path> previous = new ArrayList<>();

    @Mixin
    InputFormat format;

    @Option(names = "--output-xml", description = "Write Disnix distribution XML.")
    boolean outputXml;

    @Option(names = "--output-nix", description = "Write the Disnix distribution expression ({infrastructure}: ...).")
    boolean outputNix;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically) instead of stdout.")
    Path output;

    @Option(names = "--explain", description = "Explain the result: on stderr when it goes to stdout, on stdout with -o.")
    boolean explain;

    @Option(names = "--explain-format", paramLabel = "FORMAT", description = "text (default) or json; implies --explain.")
    ExplainFormat explainFormat;

    @Mixin
    GendistCompatibility dydisnix;

    @Override
    public Integer call() {
        if (outputXml && outputNix) {
            throw new ParameterException(spec.commandLine(), "--output-xml and --output-nix cannot be used together");
        }
        PrintWriter err = spec.commandLine().getErr();
        dydisnix.check();
        format.noteIgnored(spec.name(), err);
        boolean explaining = explain || explainFormat != null;
        ResultOutput destination = new ResultOutput(output, true);
        destination.checkWritable();
        PlanningModels models = new PlanningLoader(err).load(new PlanningInputs(format.xml)
                .with(Role.SERVICES, services).with(Role.INFRASTRUCTURE, infrastructure).with(Role.QOS, qos)
                .with(Role.PREVIOUS, previous));
        Policy policy = models.policy();
        PlanningContext context = PlanningContext.builder(models.modelSet()).previous(models.previous()).build();
        if (!explaining) {
            // With --explain the notes are part of the explanation.
            context.notes().forEach(note -> err.println("gendist: note: " + note));
            err.flush();
        }
        PolicyExecutor executor = new PolicyExecutor(FilterRegistry.builtIn(),
                Thread.currentThread().getContextClassLoader(), explaining);
        PlanResult result = policy == null ? executor.execute(context) : executor.execute(policy, context);
        destination.write(render(result.toModel(), models), spec.commandLine().getOut());
        if (explaining) {
            String name = policy == null ? null : policy.getName();
            String text = explainFormat == ExplainFormat.JSON ? ExplanationJson.render(result, name)
                    : ExplanationText.render(result, name);
            PrintWriter to = output == null ? err : spec.commandLine().getOut();
            to.print(text);
            to.flush();
        }
        return 0;
    }

    private String render(DistributionModel distribution, PlanningModels models) {
        if (outputXml) return DistributionXml.write(distribution);
        if (outputNix) return NixDistributionWriter.write(distribution);
        String text = DistributionText.write(distribution);
        return text != null ? text : ModelText.serialize(distribution, DynaDeployLanguages.DISTRIBUTION, models.resourceSet());
    }
}
