package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.ServicesDiagram;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy visualize-services}: one layer's diagram, like dydisnix-visualize-services:
 * the services of a group with their outside dependencies and dependants. DOT on stdout by default.
 */
@Command(name = "visualize-services", sortOptions = false,
        description = {"Draws the services diagram of one group (layer), like dydisnix-visualize-services.",
                "It shows the services of the group plus the outside services they depend on and the outside"
                        + " services depending on them. Sub-groups are drawn service by service unless"
                        + " --group-subservices collapses each into one dashed node. Prints DOT (dydisnix's shape) to"
                        + " stdout by default. With --batch, writes every group's diagram (sub-groups collapsed) to"
                        + " --output-dir/<group>/diagram.dot, plus diagram.<format> with -f."},
        footer = {"", "Examples:",
                "  dynadeploy visualize-services -s examples/homework | dot -Tsvg > root.svg",
                "  dynadeploy visualize-services -s model/ --group homework \\",
                "      --group-subservices -f svg -o homework.svg",
                "  dynadeploy visualize-services -s model/ --group homework/grading -f mermaid",
                "  dynadeploy visualize-services -s model/ --batch -f png --output-dir out/",
                "", "Exit status: 0 written, 1 errors in the models or an unknown group (the message lists the groups),"
                        + " 2 wrong usage."})
final class VisualizeServicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model(s).")
    List<Path> services = new ArrayList<>();

    @Option(names = "--group", paramLabel = "GROUP", description = "The group path, e.g. homework/grading"
            + " (default: the root, every service).")
    String group = "";

    @Option(names = "--group-subservices", description = "Collapse the group's sub-groups into one node each.")
    boolean groupSubservices;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "dot (default), svg, png or mermaid.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout;"
            + " needed for png.")
    Path output;

    @Option(names = "--batch", description = "Write the diagram of every group to --output-dir.")
    boolean batch;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where --batch writes (default: the current folder).")
    Path outputDir;

    @Mixin
    DocsXmlOption input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batch && output != null) {
            throw new ParameterException(spec.commandLine(), "-o writes one diagram; with --batch give --output-dir");
        }
        Format chosen = format == null ? Format.DOT : format;
        if (!batch) {
            BinaryOutput.check(output, chosen);
        }
        input.noteIgnored(spec.name(), err);
        DocsWarmUp warmUp = DocsWarmUp.start(chosen);
        DocsModels models = new DocsModelLoader(err).load(new DocsInputs(services, null, null, null, null, input.xml));
        warmUp.await();
        if (batch) {
            if (!group.isEmpty() || groupSubservices) {
                err.println(spec.name() + ": note: --batch draws every group with its sub-groups collapsed;"
                        + " --group and --group-subservices are ignored");
            }
            Path dir = outputDir == null ? Path.of(".") : outputDir;
            List<String> written = DocsGroups.rendering(() -> DiagramBatch.write(models.models(), dir, chosen));
            err.println(spec.name() + ": " + ProblemReporter.plural(written.size(), "file") + " in " + DisplayPaths.of(dir));
            err.flush();
            return 0;
        }
        if (outputDir != null) {
            err.println(spec.name() + ": note: --output-dir is only used with --batch");
        }
        String path = DocsGroups.path(group);
        byte[] diagram = DocsGroups.rendering(() -> ServicesDiagram.render(models.models(), path, chosen,
                new ServicesDiagram.Options(groupSubservices)));
        BinaryOutput.write(output, diagram, spec.commandLine().getOut());
        return 0;
    }
}
