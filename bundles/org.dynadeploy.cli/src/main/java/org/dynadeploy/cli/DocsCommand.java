package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy docs}: the whole architecture documentation catalog, like
 * dydisnix-generate-services-docs (which runs visualize-services and document-services in batch
 * mode): a page and a diagram per group, the service entries, search, and the deployment and
 * infrastructure views when there are targets and a distribution.
 */
@Command(name = "docs", sortOptions = false,
        description = {"Generates the architecture documentation catalog, like dydisnix-generate-services-docs.",
                "One page per group (the root, every group and sub-group) with a clickable diagram of the layer,"
                        + " the services table (columns from the docs configuration), the sub-groups and an entry per"
                        + " service; plus offline search, and deployment and infrastructure pages when targets (-i) and"
                        + " a distribution (-d) are given or found in the folders. Files are written atomically;"
                        + " identical input gives identical files."},
        footer = {"", "Examples:",
                "  dynadeploy docs -s examples/homework --output-dir target/homework-docs",
                "  dynadeploy docs -s model/ -d model/deploy.dist -f png --output-dir site/",
                "  dynadeploy docs --xml -s services.xml --docs docs.xml --output-dir docs/",
                "", "Exit status: 0 written, 1 errors in the models or the output folder (nothing written), 2 wrong usage."})
final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR",
            description = "Services model(s); a folder stands for every model file in it (its targets, distribution"
                    + " and ids are documented too).")
    List<Path> services = new ArrayList<>();

    @Option(names = "--docs", paramLabel = "FILE", description = "Docs configuration: a .services file with a docs"
            + " block (and group titles), or with --xml a docs config XML. It wins over the docs blocks of -s.")
    List<Path> docs = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR",
            description = "Infrastructure model: adds the infrastructure page.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE|DIR",
            description = "Distribution: adds the deployment page and where each service runs (needs the targets, -i).")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--ids", paramLabel = "FILE|DIR", description = "Assigned ids, shown in the service entries.")
    List<Path> ids = new ArrayList<>();

    @Option(names = {"-f", "--format", "--image-format"}, paramLabel = "svg|png", converter = FormatConverter.class,
            description = "How the pages show diagrams: svg (inline, default) or png (with an image map); SVG, DOT and"
                    + " Mermaid files are written either way.")
    Format format = Format.SVG;

    @Option(names = "--output-dir", required = true, paramLabel = "DIR",
            description = "The catalog's folder (created if missing; files of ours are replaced, others left alone).")
    Path outputDir;

    @Option(names = "--threads", paramLabel = "N", description = "Layers laid out at once (default: one per core).")
    int threads;

    @Mixin
    DocsXmlOption input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DocsFormats.require(format, DocsFormats.CATALOG, spec.commandLine());
        input.noteIgnored(spec.name(), err);
        DocsWarmUp warmUp = DocsWarmUp.start(format);
        DocsModels models = new DocsModelLoader(err).load(
                new DocsInputs(services, infrastructure, distribution, ids, docs, input.xml));
        warmUp.await();
        DocsResult result = CatalogRun.generate(models, outputDir, format, Math.max(0, threads));
        CatalogRun.report(spec.name(), result, err);
        return 0;
    }
}
