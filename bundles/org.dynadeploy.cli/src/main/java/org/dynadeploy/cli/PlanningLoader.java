package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.dynadeploy.cli.PlanningInputs.Role;
import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.IdResourcesXml;
import org.dynadeploy.disnix.IdsXml;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.disnix.ServicesXml;
import org.dynadeploy.disnix.XmlDocument;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Loads the inputs of a planning command: our languages (linked across files and validated; on
 * errors nothing is planned), or with {@code --xml} the Disnix XML files dydisnix's tools read.
 */
final class PlanningLoader {

    private final PrintWriter err;
    private final PolicyCache policyCache = PolicyCache.forUser();

    /** @param err where problems and warnings of the inputs are printed */
    PlanningLoader(PrintWriter err) {
        this.err = err;
    }

    PlanningModels load(PlanningInputs inputs) {
        return inputs.xml() ? loadXml(inputs) : loadLanguages(inputs, List.of(Role.values()));
    }

    /** Every file of the given roles in one resource set, so that they link to each other. */
    private PlanningModels loadLanguages(PlanningInputs inputs, List<Role> roles) {
        return loadLanguagesNoting(inputs, roles).models();
    }

    /** Models loaded from our languages, and whether they had no problem at all (not even a warning). */
    private record LanguageModels(PlanningModels models, boolean clean) {
    }

    private LanguageModels loadLanguagesNoting(PlanningInputs inputs, List<Role> roles) {
        Set<Path> all = new LinkedHashSet<>();
        for (Role role : roles) {
            inputs.get(role).forEach(path -> all.add(path.toAbsolutePath().normalize()));
        }
        LoadResult result = new ModelInputs().load(all);
        if (roles.contains(Role.PREVIOUS) && inputs.has(Role.PREVIOUS)) {
            result = PreviousDistributions.relax(result, expand(inputs.get(Role.PREVIOUS)));
        }
        LoadResult loaded = ModelInputs.requireValid(result, err, hint(inputs));
        Map<Role, List<Model>> roots = new EnumMap<>(Role.class);
        for (Role role : roles) {
            if (inputs.has(role)) {
                roots.put(role, rootsOf(role, inputs.get(role), loaded.resourceSet()));
            }
        }
        only(roots.get(Role.PREVIOUS), DistributionModel.class).forEach(PreviousDistributions::dropUnresolved);
        List<InfrastructureModel> infrastructure = inputs.has(Role.INFRASTRUCTURE)
                ? only(roots.get(Role.INFRASTRUCTURE), InfrastructureModel.class)
                // Without -i, the targets are those of whatever was loaded (e.g. the folder given to -s).
                : loaded.models().infrastructureModels();
        return new LanguageModels(new PlanningModels(roots, infrastructure, loaded.resourceSet()),
                loaded.problems().isEmpty());
    }

    /** The models of a role's kind in the files (folders expanded) given for it. */
    private static List<Model> rootsOf(Role role, List<Path> paths, ResourceSet resourceSet) {
        List<Model> result = new ArrayList<>();
        for (Path file : expand(paths)) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            Resource resource = resourceSet.getResource(uri, false);
            if (resource == null) continue;
            for (EObject root : resource.getContents()) {
                if (role.type().isInstance(root) && !result.contains(root)) result.add((Model) root);
            }
        }
        if (result.isEmpty()) {
            throw new UserException(role.nothingFound());
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

    /** Disnix XML for the inputs that have an XML form; the policy and augmentation rules stay in our languages. */
    private PlanningModels loadXml(PlanningInputs inputs) {
        List<Role> languageRoles = List.of(Role.QOS, Role.AUGMENT).stream().filter(inputs::has).toList();
        Map<Role, List<Model>> roots = new EnumMap<>(Role.class);
        // The XML is read on a second core while this one initialises the metamodel (EMF's Ecore
        // first, a fifth of a second) and sets the policy's language up (Xtext, more than that):
        // neither needs the other, and they are the slowest steps. Parsing needs no EMF, so it
        // starts at once; the models are built once the metamodel is registered, which happens
        // on this thread before any other uses it.
        CompletableFuture<List<XmlDocument>> servicesDocuments = CompletableFuture.supplyAsync(
                () -> xmlFiles(inputs, Role.SERVICES).stream().map(ServicesXml::parse).toList());
        CompletableFuture<List<XmlDocument>> infrastructureDocuments = CompletableFuture.supplyAsync(
                () -> xmlFiles(inputs, Role.INFRASTRUCTURE).stream().map(InfrastructureXml::parse).toList());
        ModelPackage.eINSTANCE.eClass();
        CompletableFuture<List<ServicesModel>> servicesXml = servicesDocuments.thenApplyAsync(
                documents -> documents.stream().map(document -> new ServicesXml().read(document)).toList());
        CompletableFuture<List<InfrastructureModel>> infrastructureXml = infrastructureDocuments.thenApplyAsync(
                documents -> documents.stream().map(InfrastructureXml::read).toList());
        ResourceSet resourceSet = loadPolicyAndRules(inputs, languageRoles, roots);
        ModelSet read = new ModelSet();
        List<Path> servicesFiles = xmlFiles(inputs, Role.SERVICES);
        List<ServicesModel> servicesModels = joined(servicesXml);
        for (int i = 0; i < servicesFiles.size(); i++) {
            roots.computeIfAbsent(Role.SERVICES, key -> new ArrayList<>()).add(attach(servicesModels.get(i),
                    servicesFiles.get(i), DynaDeployLanguages.SERVICES, resourceSet));
        }
        read.servicesModels().addAll(only(roots.get(Role.SERVICES), ServicesModel.class));
        List<Path> infrastructureFiles = xmlFiles(inputs, Role.INFRASTRUCTURE);
        List<InfrastructureModel> infrastructureModels = joined(infrastructureXml);
        for (int i = 0; i < infrastructureFiles.size(); i++) {
            InfrastructureModel model = infrastructureModels.get(i);
            roots.computeIfAbsent(Role.INFRASTRUCTURE, key -> new ArrayList<>()).add(attach(model,
                    infrastructureFiles.get(i), DynaDeployLanguages.INFRASTRUCTURE, resourceSet));
            read.add(model);
        }
        List<InfrastructureModel> infrastructure = new ArrayList<>(read.infrastructureModels());
        // dydisnix's tools read a distribution XML without any infrastructure: its target names are the targets.
        TargetsByName distributionTargets = inputs.has(Role.INFRASTRUCTURE) ? null : new TargetsByName(Map.of());
        readDistributions(inputs, Role.DISTRIBUTION, read, distributionTargets, roots);
        if (distributionTargets != null && distributionTargets.createdAny()) {
            infrastructure.add(attach(distributionTargets.createdTargets(), Path.of(".dynadeploy-distribution-targets"),
                    DynaDeployLanguages.INFRASTRUCTURE, resourceSet));
        }
        // A previous deployment may name targets that have left; the planner drops them with a note.
        readDistributions(inputs, Role.PREVIOUS, read, new TargetsByName(read.targetsByName()), roots);
        for (Path file : xmlFiles(inputs, Role.ID_RESOURCES)) {
            roots.computeIfAbsent(Role.ID_RESOURCES, key -> new ArrayList<>()).add(IdResourcesXml.read(file));
        }
        for (Path file : xmlFiles(inputs, Role.IDS)) {
            roots.computeIfAbsent(Role.IDS, key -> new ArrayList<>()).add(IdsXml.read(file));
        }
        return new PlanningModels(roots, infrastructure, resourceSet);
    }

    /**
     * The policy and augmentation rules of a run on XML, put into {@code roots}; returns the
     * resource set they are in. A policy on its own may come from the policy cache, and is kept
     * there when the language found no problem in it.
     */
    private ResourceSet loadPolicyAndRules(PlanningInputs inputs, List<Role> roles, Map<Role, List<Model>> roots) {
        if (roles.isEmpty()) return DynaDeployLanguages.resourceSet();
        Path policyFile = roles.equals(List.of(Role.QOS)) ? onlyPolicyFile(inputs) : null;
        Model cached = policyFile == null ? null : policyCache.load(policyFile);
        if (cached != null) {
            ResourceSet resourceSet = DynaDeployLanguages.resourceSet();
            resourceSet.getResources().add(cached.eResource());
            roots.put(Role.QOS, List.of(cached));
            return resourceSet;
        }
        LanguageModels language = loadLanguagesNoting(inputs, roles);
        roles.forEach(role -> roots.put(role, List.copyOf(language.models().of(role, Model.class))));
        List<Model> policies = roots.get(Role.QOS);
        if (policyFile != null && language.clean() && policies.size() == 1) {
            policyCache.store(policyFile, policies.get(0));
        }
        return language.models().resourceSet();
    }

    /** The one .qos file -q names (itself, or alone in the folder given), else null. */
    private static Path onlyPolicyFile(PlanningInputs inputs) {
        List<Path> files = expand(inputs.get(Role.QOS));
        return files.size() == 1 && DynaDeployLanguages.QOS.equals(DynaDeployLanguages.extensionOf(files.get(0)))
                ? files.get(0) : null;
    }

    /** The result of a background read, with its failure (a user error, say) rethrown as it was. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void readDistributions(PlanningInputs inputs, Role role, ModelSet read, TargetsByName lenient,
            Map<Role, List<Model>> roots) {
        Map<String, Target> targets = lenient != null ? lenient : read.targetsByName();
        for (Path file : xmlFiles(inputs, role)) {
            List<String> warnings = new ArrayList<>();
            roots.computeIfAbsent(role, key -> new ArrayList<>())
                    .add(DistributionXml.read(file, read.servicesByName(), targets, warnings));
            warnings.forEach(err::println);
        }
        err.flush();
    }

    /** The XML files of a role; a folder is refused, as XML inputs are single files. */
    private static List<Path> xmlFiles(PlanningInputs inputs, Role role) {
        List<Path> files = new ArrayList<>();
        for (Path path : inputs.get(role)) {
            if (Files.isDirectory(path)) {
                throw new UserException(role.option() + ": " + DisplayPaths.of(path) + " is a folder; with --xml"
                        + " each input is one Disnix XML file (the " + role.xmlKind() + " XML file)");
            }
            Path normalized = path.toAbsolutePath().normalize();
            if (!files.contains(normalized)) files.add(normalized);
        }
        return files;
    }

    /**
     * Puts a model read from XML into a resource named like a file of its language (never saved),
     * so that results written in our languages can name its services and targets. A plain EMF
     * resource will do: the language is set up only if something asks for its services, as the
     * serializer may (its registry sets languages up on demand).
     */
    private static <T extends Model> T attach(T model, Path file, String extension, ResourceSet resourceSet) {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize() + "." + extension);
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = new ResourceImpl(uri);
            resourceSet.getResources().add(resource);
        }
        resource.getContents().add(model);
        return model;
    }

    private static <T> List<T> only(List<Model> models, Class<T> type) {
        List<T> result = new ArrayList<>();
        if (models != null) {
            for (Model model : models) {
                if (type.isInstance(model)) result.add(type.cast(model));
            }
        }
        return result;
    }

    /** What probably went wrong when a distribution does not link. */
    private static String hint(PlanningInputs inputs) {
        boolean distribution = inputs.has(Role.DISTRIBUTION) || inputs.has(Role.PREVIOUS);
        return distribution && !inputs.has(Role.INFRASTRUCTURE)
                ? "a distribution names services and targets: give the .infra files with -i (or a folder holding them)"
                : null;
    }
}
