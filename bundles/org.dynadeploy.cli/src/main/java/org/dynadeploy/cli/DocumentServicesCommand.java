package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.ServicesPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy document-services}: one group's HTML page, like dydisnix-document-services.
 * The page is the catalog's page for that group: its links (stylesheet, sub-group pages,
 * search) assume it sits in the group's folder of a catalog. {@code --batch} writes the whole
 * catalog, as {@code docs} does: a page without its diagram, stylesheet and search is not one.
 */
@Command(name = "document-services", sortOptions = false,
        description = {"Prints the HTML documentation page of one group, like dydisnix-document-services.",
                "The page holds the group's diagram, the table of its services (columns from the docs configuration),"
                        + " its sub-groups (each a row linking to its own page) and an entry per service. With --batch it"
                        + " writes the pages of every group with their diagrams, stylesheet and search to --output-dir"
                        + " (the same catalog as `dynadeploy docs`)."},
        footer = {"", "Examples:",
                "  dynadeploy document-services -s examples/homework --group homework > hw.html",
                "  dynadeploy document-services -s model/ --docs docs.services --group a/b",
                "  dynadeploy document-services --xml -s services.xml --docs docs.xml \\",
                "      --batch --output-dir docs/",
                "", "Exit status: 0 written, 1 errors in the models or an unknown group (the message lists the groups),"
                        + " 2 wrong usage."})
final class DocumentServicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model(s).")
    List<Path> services = new ArrayList<>();

    @Option(names = "--docs", paramLabel = "FILE", description = "Docs configuration: a .services file with a docs"
            + " block (and group titles), or with --xml a docs config XML. It wins over the docs blocks of -s.")
    List<Path> docs = new ArrayList<>();

    @Option(names = "--group", paramLabel = "GROUP", description = "The group path (default: the root).")
    String group = "";

    @Option(names = "--group-subservices", description = "Accepted for dydisnix scripts: pages always show each"
            + " sub-group as one row linking to its own page (dydisnix's --group-subservices view).")
    boolean groupSubservices;

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR", description = "Infrastructure model(s).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE|DIR",
            description = "Distribution: service entries say where they run (needs -i).")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--ids", paramLabel = "FILE|DIR", description = "Assigned ids, shown in the service entries.")
    List<Path> ids = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page to FILE instead of stdout.")
    Path output;

    @Option(names = "--batch", description = "Write every group's page (the whole catalog) to --output-dir.")
    boolean batch;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where --batch writes (default: the current folder).")
    Path outputDir;

    @Option(names = {"-f", "--format"}, paramLabel = "svg|png", converter = FormatConverter.class,
            description = "With --batch: how pages show diagrams, svg (default) or png.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: layers laid out at once.")
    int threads;

    @Mixin
    DocsXmlOption input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batch && output != null) {
            throw new ParameterException(spec.commandLine(), "-o writes one page; with --batch give --output-dir");
        }
        Format chosen = format == null ? Format.SVG : DocsFormats.require(format, DocsFormats.CATALOG, spec.commandLine());
        if (!batch) {
            BinaryOutput.check(output, Format.SVG);
        }
        input.noteIgnored(spec.name(), err);
        DocsWarmUp warmUp = DocsWarmUp.start(batch ? chosen : Format.SVG);
        DocsModels models = new DocsModelLoader(err).load(
                new DocsInputs(services, infrastructure, distribution, ids, docs, input.xml));
        warmUp.await();
        if (batch) {
            if (!group.isEmpty()) {
                err.println(spec.name() + ": note: --batch writes every group's page; --group is ignored");
            }
            DocsResult result = CatalogRun.generate(models, outputDir == null ? Path.of(".") : outputDir, chosen,
                    Math.max(0, threads));
            CatalogRun.report(spec.name(), result, err);
            return 0;
        }
        if (format != null || outputDir != null) {
            err.println(spec.name() + ": note: -f and --output-dir are only used with --batch");
        }
        String path = DocsGroups.path(group);
        String page = DocsGroups.rendering(() -> ServicesPage.render(models.models(), path,
                models.effectiveDistribution(), models.effectiveIds()));
        BinaryOutput.write(output, page.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        return 0;
    }
}
