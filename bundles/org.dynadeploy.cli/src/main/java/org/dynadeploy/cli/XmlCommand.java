package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dynadeploy.lang.loading.LoadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy xml}: our models to the Disnix XML the dydisnix tools read, like
 * {@code dydisnix-xml}. One conversion per run, chosen by the priority order of dydisnix-xml.
 */
@Command(name = "xml", sortOptions = false,
        description = {"Converts models to Disnix XML, like dydisnix-xml.",
                "Exactly one conversion is done: the first given of -s (services), -d with -i (distribution),"
                        + " -i (infrastructure), --docs, --id-resources, --ids. Each option takes model files or"
                        + " folders and can be repeated. The models must validate; on errors nothing is written."},
        footer = {"", "Examples:",
                "  dynadeploy xml -s model/app.services > services.xml",
                "  dynadeploy xml -i model/infra.infra -o infrastructure.xml",
                "  dynadeploy xml -d deploy.dist -d app.services -i infra.infra",
                "  dynadeploy xml --nix -d model/ -i model/ -o distribution.nix",
                "  dynadeploy xml --docs model/app.services",
                "", "Exit status: 0 written, 1 errors in the models (nothing written), 2 wrong usage."})
final class XmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, paramLabel = "FILE|DIR",
            description = "Services model: write the services XML.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR",
            description = "Infrastructure model: write the infrastructure XML (or, with -d, resolve its targets).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE|DIR",
            description = "Distribution model and the services models it names: write the distribution XML"
                    + " (needs -i).")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--docs", paramLabel = "FILE|DIR",
            description = "Services model whose docs block and group titles become the docs config XML.")
    List<Path> docs = new ArrayList<>();

    @Option(names = "--id-resources", paramLabel = "FILE|DIR", description = "Id resources model.")
    List<Path> idResources = new ArrayList<>();

    @Option(names = "--ids", paramLabel = "FILE|DIR", description = "Ids model.")
    List<Path> ids = new ArrayList<>();

    @Option(names = "--nix", description = "Write the Disnix Nix expression instead of XML"
            + " (distribution and ids conversions only).")
    boolean nix;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        XmlConversion conversion = choose();
        if (nix && !conversion.hasNixForm()) {
            throw new ParameterException(spec.commandLine(), "--nix is only available for the distribution (-d with -i)"
                    + " and ids (--ids) conversions, not for " + conversion.option());
        }
        noteIgnored(conversion, err);
        ResultOutput result = new ResultOutput(output, true);
        result.checkWritable();
        LoadResult loaded = new ModelInputs().load(inputsOf(conversion));
        ModelInputs.requireValid(loaded, err, hint(conversion, loaded));
        result.write(conversion.convert(loaded.models(), nix), spec.commandLine().getOut());
        return 0;
    }

    private Map<XmlConversion, List<Path>> given() {
        Map<XmlConversion, List<Path>> given = new LinkedHashMap<>();
        given.put(XmlConversion.SERVICES, services);
        given.put(XmlConversion.DISTRIBUTION, distribution.isEmpty() || infrastructure.isEmpty() ? List.of() : distribution);
        given.put(XmlConversion.INFRASTRUCTURE, infrastructure);
        given.put(XmlConversion.DOCS, docs);
        given.put(XmlConversion.ID_RESOURCES, idResources);
        given.put(XmlConversion.IDS, ids);
        return given;
    }

    private XmlConversion choose() {
        for (Map.Entry<XmlConversion, List<Path>> entry : given().entrySet()) {
            if (!entry.getValue().isEmpty()) {
                return entry.getKey();
            }
        }
        throw new UserException(XmlConversion.UNKNOWN
                + (distribution.isEmpty() ? "" : " (a distribution (-d) is converted with its infrastructure (-i))"));
    }

    private List<Path> inputsOf(XmlConversion conversion) {
        if (conversion == XmlConversion.DISTRIBUTION) {
            List<Path> paths = new ArrayList<>(distribution);
            paths.addAll(infrastructure);
            return paths;
        }
        return given().get(conversion);
    }

    /** dydisnix-xml silently ignores the lower-priority options; saying so avoids surprises. */
    private void noteIgnored(XmlConversion conversion, PrintWriter err) {
        List<String> ignored = new ArrayList<>();
        if (!distribution.isEmpty() && conversion != XmlConversion.DISTRIBUTION) ignored.add("-d");
        if (!infrastructure.isEmpty() && conversion != XmlConversion.DISTRIBUTION
                && conversion != XmlConversion.INFRASTRUCTURE) ignored.add("-i");
        if (!docs.isEmpty() && conversion != XmlConversion.DOCS) ignored.add("--docs");
        if (!idResources.isEmpty() && conversion != XmlConversion.ID_RESOURCES) ignored.add("--id-resources");
        if (!ids.isEmpty() && conversion != XmlConversion.IDS) ignored.add("--ids");
        if (!ignored.isEmpty()) {
            err.println("xml: converting " + conversion.option() + "; ignoring " + String.join(", ", ignored)
                    + " (one conversion per run)");
        }
    }

    private static String hint(XmlConversion conversion, LoadResult loaded) {
        boolean incomplete = loaded.models().servicesModels().isEmpty() || loaded.models().infrastructureModels().isEmpty();
        return conversion == XmlConversion.DISTRIBUTION && incomplete
                ? "a distribution names services and targets: give the .services files with -d and the .infra"
                        + " files with -i (or a folder holding all of them)"
                : null;
    }
}
