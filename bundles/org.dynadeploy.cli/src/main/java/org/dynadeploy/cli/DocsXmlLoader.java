package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.DocsConfigXml;
import org.dynadeploy.disnix.IdsXml;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.disnix.ServicesXml;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * The documentation inputs as Disnix XML, as dydisnix's tools read them with {@code --xml}:
 * each option names one file. Parse errors come out as {@code file:line:column: error: ...}
 * (the readers throw {@link org.dynadeploy.disnix.DisnixFormatException}).
 */
final class DocsXmlLoader {

    private final PrintWriter err;

    DocsXmlLoader(PrintWriter err) {
        this.err = err;
    }

    DocsModels load(DocsInputs inputs) {
        ModelSet models = new ModelSet();
        // The docs configuration first: the engine takes the first definition of a title or field list.
        for (Path file : files(inputs.docs(), "--docs", "docs config")) {
            ServicesModel config = ModelFactory.eINSTANCE.createServicesModel();
            config.setDocs(DocsConfigXml.read(file));
            models.add(config);
        }
        for (Path file : files(inputs.services(), "-s/--services", "services")) {
            models.add(new ServicesXml().read(file));
        }
        for (Path file : files(inputs.infrastructure(), "-i/--infrastructure", "infrastructure")) {
            models.add(InfrastructureXml.read(file));
        }
        DistributionModel distribution = null;
        List<Path> distributions = files(inputs.distribution(), "-d/--distribution", "distribution");
        if (!distributions.isEmpty()) {
            if (inputs.infrastructure().isEmpty()) {
                throw new UserException("-d/--distribution: a distribution XML names targets; give the infrastructure"
                        + " XML they are declared in with -i");
            }
            List<DistributionModel> read = new ArrayList<>();
            for (Path file : distributions) {
                List<String> warnings = new ArrayList<>();
                read.add(DistributionXml.read(file, models.servicesByName(), models.targetsByName(), warnings));
                warnings.forEach(err::println);
            }
            err.flush();
            distribution = ModelMerger.distribution(read);
        }
        List<IdsModel> ids = new ArrayList<>();
        for (Path file : files(inputs.ids(), "--ids", "ids")) {
            ids.add(IdsXml.read(file));
        }
        return new DocsModels(models, distribution, ids.isEmpty() ? null : ModelMerger.ids(ids));
    }

    /** The files of an option; a folder is refused, as each XML input is one file. */
    private static List<Path> files(List<Path> paths, String option, String kind) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                throw new UserException(option + ": " + DisplayPaths.of(path) + " is a folder; with --xml each input"
                        + " is one Disnix XML file (the " + kind + " XML file)");
            }
            Path normalized = path.toAbsolutePath().normalize();
            if (!files.contains(normalized)) {
                files.add(normalized);
            }
        }
        return files;
    }
}
