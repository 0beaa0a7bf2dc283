package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.Services;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * The models a file can see: every model root in the containers the Xtext index makes visible
 * from it (standalone: the whole resource set; in an IDE: the project), in index order.
 * Cross-file rules (duplicate global names, policies against services and targets) use it.
 */
public class ModelIndex {

    @Inject
    private ResourceDescriptionsProvider descriptionsProvider;

    @Inject
    private IContainer.Manager containerManager;

    @Inject
    private IResourceDescription.Manager descriptionManager;

    /** The roots of one kind in every visible resource, the given resource's own included. */
    public <T extends Model> List<T> roots(EObject context, Class<T> type) {
        Resource resource = context.eResource();
        if (resource == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (Resource visible : visibleResources(resource)) {
            for (EObject root : visible.getContents()) {
                if (type.isInstance(root)) {
                    result.add(type.cast(root));
                }
            }
        }
        return result;
    }

    /** Every visible service, at any group depth. */
    public List<Service> services(EObject context) {
        List<Service> result = new ArrayList<>();
        for (ServicesModel model : roots(context, ServicesModel.class)) {
            result.addAll(Services.all(model));
        }
        return result;
    }

    /** Every visible target. */
    public List<Target> targets(EObject context) {
        List<Target> result = new ArrayList<>();
        for (InfrastructureModel model : roots(context, InfrastructureModel.class)) {
            result.addAll(model.getTargets());
        }
        return result;
    }

    /** Every visible id resource. */
    public List<IdResource> idResources(EObject context) {
        List<IdResource> result = new ArrayList<>();
        for (IdResourcesModel model : roots(context, IdResourcesModel.class)) {
            result.addAll(model.getResources());
        }
        return result;
    }

    private Set<Resource> visibleResources(Resource resource) {
        ResourceSet resourceSet = resource.getResourceSet();
        if (resourceSet == null) {
            return Set.of(resource);
        }
        // Collect the URIs first: loading a resource while iterating the index would change it.
        Set<URI> uris = new LinkedHashSet<>();
        uris.add(resource.getURI());
        IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
        IResourceDescription own = index.getResourceDescription(resource.getURI());
        if (own == null) {
            own = descriptionManager.getResourceDescription(resource);
        }
        for (IContainer container : containerManager.getVisibleContainers(own, index)) {
            for (IResourceDescription description : container.getResourceDescriptions()) {
                uris.add(description.getURI());
            }
        }
        // One resource may be known by several URIs (normalisation): keep each resource once.
        Set<Resource> result = new LinkedHashSet<>();
        for (URI uri : uris) {
            Resource visible = uri.equals(resource.getURI()) ? resource : resourceSet.getResource(uri, true);
            if (visible != null) {
                result.add(visible);
            }
        }
        return result;
    }
}
