package org.dynadeploy.languageserver.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.languageserver.workspace.DocumentLimits;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * A private copy of the workspace's models for one command: loaded from a snapshot into a
 * resource set of its own (so the engines never touch the editor's models), linked across files
 * and validated like the command line does. Results are serialised in the same resource set, so
 * their references print as the names they refer to.
 */
final class LoadedWorkspace {

    private final XtextResourceSet resourceSet;
    private final Map<URI, XtextResource> resources = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final ModelSet models = new ModelSet();

    private LoadedWorkspace(XtextResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    static LoadedWorkspace load(WorkspaceSnapshot snapshot, IResourceServiceProvider.Registry languages) {
        IResourceServiceProvider services = languages.getResourceServiceProvider(URI.createURI("synth:///any.services"));
        LoadedWorkspace workspace = new LoadedWorkspace(services.get(XtextResourceSet.class));
        for (URI uri : snapshot.files()) {
            workspace.loadFile(uri, snapshot.openTexts().get(uri));
        }
        EcoreUtil.resolveAll(workspace.resourceSet);
        workspace.validate();
        return workspace;
    }

    private void loadFile(URI uri, String openText) {
        String text = openText;
        try {
            if (text == null) {
                Path file = Path.of(uri.toFileString());
                if (Files.size(file) > DocumentLimits.MAX_CHARACTERS) {
                    return; // the workspace skipped it too
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            }
            XtextResource resource = (XtextResource) resourceSet.createResource(uri);
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
            resources.put(uri, resource);
        } catch (IOException | RuntimeException e) {
            errors.add(uri.lastSegment() + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void validate() {
        for (XtextResource resource : resources.values()) {
            List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                    .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            for (Issue issue : issues) {
                if (issue.getSeverity() == Severity.ERROR) {
                    errors.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
                }
            }
            for (EObject root : resource.getContents()) {
                if (root instanceof Model model) {
                    models.add(model);
                }
            }
        }
    }

    /** Refuses to go on with models that have errors: the engines assume valid models. */
    LoadedWorkspace requireNoErrors() {
        if (!errors.isEmpty()) {
            throw new CommandFailure("the models have " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + "; fix them first (" + errors.get(0) + (errors.size() > 1 ? ", ..." : "") + ")");
        }
        return this;
    }

    ModelSet models() {
        return models;
    }

    Optional<XtextResource> resource(URI uri) {
        return Optional.ofNullable(resources.get(uri));
    }

    /** The policy of a document (by name when given; a .qos file holds one policy). */
    Policy policy(URI document, String name) {
        Optional<Policy> found = name == null
                ? resource(document).flatMap(r -> r.getContents().stream().filter(Policy.class::isInstance).map(Policy.class::cast).findFirst())
                : models.policies().stream().filter(p -> name.equals(p.getName())).findFirst();
        return found.orElseThrow(() -> new CommandFailure(name == null
                ? "no policy in " + document.lastSegment() : "there is no policy '" + name + "' in the workspace"));
    }

    Optional<DistributionModel> distributionAt(URI uri) {
        return resource(uri).flatMap(r -> r.getContents().stream().filter(DistributionModel.class::isInstance)
                .map(DistributionModel.class::cast).findFirst());
    }

    Optional<IdsModel> idsAt(URI uri) {
        return resource(uri).flatMap(r -> r.getContents().stream().filter(IdsModel.class::isInstance)
                .map(IdsModel.class::cast).findFirst());
    }

    /**
     * The model as text of the language of {@code uri}, formatted. The model's references must
     * point into this workspace. A resource already at {@code uri} (the previous result) is
     * replaced: it has been read by now.
     */
    String serialize(EObject model, URI uri, String header) {
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        resource.getContents().add(model);
        ISerializer serializer = resource.getResourceServiceProvider().get(ISerializer.class);
        String text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions()).strip();
        return header + (text.isEmpty() ? "" : "\n" + text + "\n");
    }
}
