package org.dynadeploy.lang.ide.hover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dynadeploy.lang.ide.text.SourceOf;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * What the workspace's result models say about services and targets: where the distributions
 * (.dist files, e.g. a plan's output) place them and which ids (.ids files) they were given.
 * Names are compared as written, so a result still reads after its services were edited.
 */
final class DeploymentFacts {

    /** A service mapped to a target (in a container, or null) by a distribution file. */
    record Placement(String service, String target, String container, String file) {
    }

    /** An id a service got from a resource, by an ids file. */
    record AssignedId(String resource, long value, String file) {
    }

    private final List<DistributionModel> distributions = new ArrayList<>();
    private final List<IdsModel> ids = new ArrayList<>();

    private DeploymentFacts() {
    }

    /** The result models visible from an element's resource (the Xtext index tells which exist). */
    static DeploymentFacts visibleFrom(EObject element) {
        DeploymentFacts facts = new DeploymentFacts();
        Resource resource = element.eResource();
        if (!(resource instanceof XtextResource xtext) || resource.getResourceSet() == null) {
            return facts;
        }
        ResourceSet resourceSet = resource.getResourceSet();
        ResourceDescriptionsProvider provider = xtext.getResourceServiceProvider().get(ResourceDescriptionsProvider.class);
        List<URI> uris = new ArrayList<>();
        for (IResourceDescription description : provider.getResourceDescriptions(resource).getAllResourceDescriptions()) {
            String extension = description.getURI().fileExtension();
            if ("dist".equals(extension) || "ids".equals(extension)) {
                uris.add(description.getURI());
            }
        }
        uris.sort(Comparator.comparing(URI::toString));
        for (URI uri : uris) {
            facts.addRoots(load(resourceSet, uri));
        }
        return facts;
    }

    private static List<EObject> load(ResourceSet resourceSet, URI uri) {
        try {
            return resourceSet.getResource(uri, true).getContents();
        } catch (RuntimeException e) {
            return List.of(); // deleted or unreadable meanwhile: a hover shows what it can
        }
    }

    private void addRoots(List<EObject> roots) {
        for (EObject root : roots) {
            if (root instanceof DistributionModel distribution) distributions.add(distribution);
            if (root instanceof IdsModel model) ids.add(model);
        }
    }

    List<Placement> placements() {
        List<Placement> result = new ArrayList<>();
        for (DistributionModel distribution : distributions) {
            String file = distribution.eResource().getURI().lastSegment();
            for (ServiceMapping mapping : distribution.getMappings()) {
                String service = SourceOf.unquoted(SourceOf.feature(mapping, ModelPackage.Literals.SERVICE_MAPPING__SERVICE));
                for (TargetMapping target : mapping.getTargets()) {
                    String targetName = SourceOf.unquoted(SourceOf.feature(target, ModelPackage.Literals.TARGET_MAPPING__TARGET));
                    result.add(new Placement(service, targetName, target.getContainer(), file));
                }
            }
        }
        return result;
    }

    List<Placement> placementsOf(String service) {
        return placements().stream().filter(p -> p.service().equals(service)).toList();
    }

    List<Placement> placementsOn(String target) {
        return placements().stream().filter(p -> p.target().equals(target)).toList();
    }

    List<AssignedId> idsOf(String service) {
        List<AssignedId> result = new ArrayList<>();
        for (IdsModel model : ids) {
            String file = model.eResource().getURI().lastSegment();
            for (ResourceIds resourceIds : model.getResources()) {
                for (IdAssignment assignment : resourceIds.getAssignments()) {
                    if (service.equals(assignment.getService())) {
                        result.add(new AssignedId(resourceIds.getResource(), assignment.getValue(), file));
                    }
                }
            }
        }
        return result;
    }
}
