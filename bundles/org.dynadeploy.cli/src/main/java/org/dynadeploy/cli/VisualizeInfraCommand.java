package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.InfrastructureDiagram;
import org.dynadeploy.model.DistributionModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy visualize-infra}: the targets and their containers, like
 * dydisnix-visualize-infra (DOT in its exact shape by default); with {@code -d} the deployment
 * diagram instead (targets holding containers holding the services placed there).
 */
@Command(name = "visualize-infra", sortOptions = false,
        description = {"Draws the infrastructure diagram, like dydisnix-visualize-infra.",
                "One box per target holding its containers, printed as DOT (dydisnix's shape) by default. With -d (and"
                        + " the services, -s) it draws the deployment instead: each target's containers hold the services"
                        + " the distribution places there."},
        footer = {"", "Examples:",
                "  dynadeploy visualize-infra -i model/network.infra | dot -Tpng > infra.png",
                "  dynadeploy visualize-infra -i examples/homework -f svg -o infra.svg",
                "  dynadeploy visualize-infra --xml -i infrastructure.xml",
                "  dynadeploy visualize-infra -i model/ -s model/ -d deploy.dist -f mermaid",
                "", "Exit status: 0 written, 1 errors in the models, 2 wrong usage."})
final class VisualizeInfraCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model(s).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE|DIR",
            description = "Distribution: draw the deployment (needs the services, -s).")
    List<Path> distribution = new ArrayList<>();

    @Option(names = {"-s", "--services"}, paramLabel = "FILE|DIR",
            description = "Services model(s) the distribution names.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "dot (default), svg, png or mermaid.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout;"
            + " needed for png.")
    Path output;

    @Mixin
    DocsXmlOption input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (input.xml && !distribution.isEmpty() && services.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "-d with --xml needs the services XML (-s) it names");
        }
        Format chosen = format == null ? Format.DOT : format;
        BinaryOutput.check(output, chosen);
        input.noteIgnored(spec.name(), err);
        DocsModels models = new DocsModelLoader(err).load(
                new DocsInputs(services, infrastructure, distribution, null, null, input.xml));
        DistributionModel deployment = models.distribution();
        byte[] diagram = deployment == null
                ? InfrastructureDiagram.render(models.models(), chosen)
                : InfrastructureDiagram.renderDeployment(models.models(), deployment, chosen);
        BinaryOutput.write(output, diagram, spec.commandLine().getOut());
        return 0;
    }
}
