package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dynadeploy.disnix.DocsConfigXml;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The documentation inputs in our languages. All files are loaded into one resource set, so
 * a distribution in one file names services and targets of others. A folder is one model:
 * whatever it holds (targets, a distribution, ids) is documented too, which is what a user
 * giving a workspace folder expects; an explicit {@code -d}/{@code --ids} wins over what a
 * folder holds.
 */
final class DocsLanguageLoader {

    private final PrintWriter err;

    DocsLanguageLoader(PrintWriter err) {
        this.err = err;
    }

    DocsModels load(DocsInputs inputs) {
        Set<Path> all = new LinkedHashSet<>();
        for (List<Path> paths : List.of(inputs.services(), inputs.infrastructure(), inputs.distribution(),
                inputs.ids(), inputs.docs())) {
            paths.forEach(path -> all.add(path.toAbsolutePath().normalize()));
        }
        LoadResult loaded = ModelInputs.requireValid(new ModelInputs().load(all), err, hint(inputs));
        ResourceSet resources = loaded.resourceSet();

        ModelSet models = new ModelSet();
        // The docs configuration first: the engine takes the first definition of a title or field list.
        for (ServicesModel model : roots(inputs.docs(), ServicesModel.class, "--docs", "services model", "services",
                resources)) {
            ServicesModel config = ModelFactory.eINSTANCE.createServicesModel();
            config.setDocs(DocsConfigXml.merge(model));
            models.add(config);
        }
        // Called for their check only: each option must hold a model of its kind.
        roots(inputs.services(), ServicesModel.class, "-s/--services", "services model", "services", resources);
        roots(inputs.infrastructure(), InfrastructureModel.class, "-i/--infrastructure", "infrastructure model", "infra",
                resources);
        // Everything the other options' files hold, once each (the same folder may be given to -s and -i).
        Set<Model> added = new LinkedHashSet<>();
        for (List<Path> paths : List.of(inputs.services(), inputs.infrastructure(), inputs.distribution(), inputs.ids())) {
            added.addAll(roots(paths, Model.class, null, null, null, resources));
        }
        added.forEach(models::add);

        List<DistributionModel> distributions = roots(inputs.distribution(), DistributionModel.class, "-d/--distribution",
                "distribution", "dist", resources);
        List<IdsModel> ids = roots(inputs.ids(), IdsModel.class, "--ids", "ids model", "ids", resources);
        return new DocsModels(models,
                distributions.isEmpty() ? null : ModelMerger.distribution(distributions),
                ids.isEmpty() ? null : ModelMerger.ids(ids));
    }

    /**
     * The models of a kind in the files (folders expanded) given for an option. When the option
     * was given, it must hold at least one (else the message names the option and the extension).
     */
    private static <T> List<T> roots(List<Path> paths, Class<T> type, String option, String description,
            String extension, ResourceSet resources) {
        List<T> result = new ArrayList<>();
        if (paths.isEmpty()) {
            return result;
        }
        for (Path file : expand(paths)) {
            Resource resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
            if (resource == null) {
                continue;
            }
            for (EObject root : resource.getContents()) {
                if (type.isInstance(root) && !result.contains(root)) {
                    result.add(type.cast(root));
                }
            }
        }
        if (result.isEmpty() && option != null) {
            throw new UserException(option + ": the given files contain no " + description + " (." + extension + " file)");
        }
        return result;
    }

    private static List<Path> expand(List<Path> paths) {
        try {
            return new ModelLoader().expand(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What probably went wrong when a distribution does not link. */
    private static String hint(DocsInputs inputs) {
        return !inputs.distribution().isEmpty() && inputs.infrastructure().isEmpty()
                ? "a distribution names services and targets: give the .infra files with -i (or a folder holding them)"
                : null;
    }
}
