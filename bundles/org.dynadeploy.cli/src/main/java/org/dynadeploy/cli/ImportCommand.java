package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.disnix.DisnixFormatException;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResourceSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy import}: a Disnix model (XML, or Nix through nix-instantiate) to the text of
 * our languages, so existing Dynamic Disnix deployments can move over.
 */
@Command(name = "import", sortOptions = false,
        description = {"Converts a Disnix model into a DynaDeploy model file.",
                "FILE is Disnix XML, or a Nix expression (evaluated with nix-instantiate). Without --kind, the"
                        + " kind is told by the XML root element. A distribution names services and targets: give"
                        + " the models that define them with -s and -i."},
        footer = {"", "Examples:",
                "  dynadeploy import services.xml -o model/app.services",
                "  dynadeploy import --kind infrastructure infrastructure.nix -o model/infra.infra",
                "  dynadeploy import distribution.xml -s model/ -i model/ -o model/deploy.dist",
                "  dynadeploy import --kind distribution distribution.nix -s model/ -i infrastructure.nix",
                "", "Exit status: 0 written, 1 unreadable input or existing output (nothing written),"
                        + " 2 wrong usage."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Disnix model file.")
    Path file;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "services, infrastructure, distribution, id-resources, ids or docs"
                    + " (default: from the XML root element).")
    String kind;

    @Option(names = "--xml", description = "FILE is Disnix XML (the default unless it ends in .nix).")
    boolean xml;

    @Option(names = "--nix", description = "FILE is a Nix expression; needs nix-instantiate.")
    boolean nix;

    @Option(names = {"-s", "--services"}, paramLabel = "FILE|DIR",
            description = "Services model(s) the distribution's services are resolved against.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR",
            description = "Infrastructure model(s) the distribution's targets are resolved against; for a Nix"
                    + " distribution, also the infrastructure.nix it is applied to.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    private final DisnixModelReader reader = new DisnixModelReader();

    @Override
    public Integer call() {
        if (xml && nix) {
            throw new ParameterException(spec.commandLine(), "--xml and --nix cannot be used together");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean fromNix = nix || (!xml && file.getFileName() != null && file.getFileName().toString().endsWith(".nix"));
        requireFile(file);
        ImportKind importKind = kind(fromNix);
        ResultOutput result = new ResultOutput(output, force);
        result.checkWritable();
        String text;
        if (importKind == ImportKind.DISTRIBUTION) {
            text = importDistribution(fromNix, err);
        } else {
            if (!services.isEmpty() || !infrastructure.isEmpty()) {
                err.println("import: -s and -i are only used for distributions; ignoring them");
            }
            Model model = reader.read(importKind, file, fromNix);
            ResourceSet resourceSet = DynaDeployLanguages.injector(importKind.extension())
                    .getInstance(XtextResourceSet.class);
            text = ModelText.serialize(model, importKind.extension(), resourceSet);
        }
        result.write(text, spec.commandLine().getOut());
        return 0;
    }

    private ImportKind kind(boolean fromNix) {
        if (kind != null) {
            ImportKind named = ImportKind.ofOption(kind);
            if (named == null) {
                throw new ParameterException(spec.commandLine(), "unknown --kind '" + kind + "'; use one of "
                        + ImportKind.optionValues());
            }
            return named;
        }
        if (fromNix) {
            throw new ParameterException(spec.commandLine(), "a Nix file does not say what it models: give --kind ("
                    + ImportKind.optionValues() + ")");
        }
        XmlRootElement.Root root = XmlRootElement.of(file);
        ImportKind detected = ImportKind.ofXmlRoot(root.name());
        if (detected == null) {
            throw new DisnixFormatException(file.toString(), root.line(), root.column(), "the root element <"
                    + root.name() + "> is not a Disnix model this tool knows (" + ImportKind.xmlRoots()
                    + "); give --kind if the file is right");
        }
        return detected;
    }

    private String importDistribution(boolean fromNix, PrintWriter err) {
        if (services.isEmpty() || infrastructure.isEmpty()) {
            throw new UserException("a distribution names services and targets: give the services model with -s and"
                    + " the infrastructure model with -i");
        }
        List<Path> nixInfrastructure = infrastructure.stream().filter(ImportCommand::isNixFile).toList();
        if (!fromNix && !nixInfrastructure.isEmpty()) {
            throw new UserException("-i " + DisplayPaths.of(nixInfrastructure.get(0)) + ": a Nix infrastructure is"
                    + " only used with a Nix distribution (--nix); give the .infra model");
        }
        if (fromNix && nixInfrastructure.size() != 1) {
            throw new UserException("a Nix distribution is a function of its infrastructure: give exactly one"
                    + " infrastructure.nix with -i (and optionally .infra models to resolve the targets)");
        }
        List<Path> modelPaths = new ArrayList<>(services);
        infrastructure.stream().filter(p -> !isNixFile(p)).forEach(modelPaths::add);
        LoadResult loaded = new ModelInputs().loadValid(modelPaths, err);
        ModelSet models = loaded.models();
        List<String> warnings = new ArrayList<>();
        Model distribution;
        if (fromNix) {
            if (models.infrastructureModels().isEmpty()) {
                models.add(nixTargets(nixInfrastructure.get(0), loaded.resourceSet()));
            }
            distribution = reader.readDistributionNix(file, nixInfrastructure.get(0), models.servicesByName(),
                    models.targetsByName(), warnings);
        } else {
            distribution = reader.readDistributionXml(file, models.servicesByName(), models.targetsByName(), warnings);
        }
        warnings.forEach(err::println);
        err.flush();
        return ModelText.serialize(distribution, ImportKind.DISTRIBUTION.extension(), loaded.resourceSet());
    }

    /**
     * Without an .infra model, the targets come from the Nix infrastructure itself; it is put in a
     * resource of the set so the distribution's target references serialize as names.
     */
    private InfrastructureModel nixTargets(Path nixFile, ResourceSet resourceSet) {
        InfrastructureModel targets = (InfrastructureModel) reader.readNixInfrastructure(nixFile);
        resourceSet.createResource(URI.createFileURI(nixFile.toAbsolutePath().normalize() + "."
                + DynaDeployLanguages.INFRASTRUCTURE)).getContents().add(targets);
        return targets;
    }

    private static boolean isNixFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".nix");
    }

    private static void requireFile(Path path) {
        if (!Files.exists(path)) {
            throw new UserException(DisplayPaths.of(path) + ": no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new UserException(DisplayPaths.of(path) + ": not a file");
        }
    }
}
