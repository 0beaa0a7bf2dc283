package org.dynadeploy.model.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;

/**
 * All model roots of one deployment, however they were loaded (our languages, Disnix XML, Nix).
 * Engines take a ModelSet, never a file or a parser. Name look-ups are byte-ordered, as dydisnix's.
 */
public final class ModelSet {

    private final List<ServicesModel> services = new ArrayList<>();
    private final List<InfrastructureModel> infrastructures = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<IdResourcesModel> idResources = new ArrayList<>();
    private final List<DistributionModel> distributions = new ArrayList<>();
    private final List<IdsModel> ids = new ArrayList<>();

    public static ModelSet of(Collection<? extends Model> roots) {
        ModelSet set = new ModelSet();
        roots.forEach(set::add);
        return set;
    }

    public ModelSet add(Model root) {
        if (root instanceof ServicesModel m) services.add(m);
        else if (root instanceof InfrastructureModel m) infrastructures.add(m);
        else if (root instanceof Policy m) policies.add(m);
        else if (root instanceof IdResourcesModel m) idResources.add(m);
        else if (root instanceof DistributionModel m) distributions.add(m);
        else if (root instanceof IdsModel m) ids.add(m);
        return this;
    }

    public List<ServicesModel> servicesModels() { return services; }
    public List<InfrastructureModel> infrastructureModels() { return infrastructures; }
    public List<Policy> policies() { return policies; }
    public List<IdResourcesModel> idResourcesModels() { return idResources; }
    public List<DistributionModel> distributions() { return distributions; }
    public List<IdsModel> idsModels() { return ids; }

    /** Every service of every services model, keyed by name in byte order (first one wins). */
    public Map<String, Service> servicesByName() {
        Map<String, Service> result = new TreeMap<>(ByteOrder.COMPARATOR);
        for (ServicesModel model : services) {
            for (Service service : Services.all(model)) {
                result.putIfAbsent(service.getName(), service);
            }
        }
        return result;
    }

    /** Every target of every infrastructure model, keyed by name in byte order. */
    public Map<String, Target> targetsByName() {
        Map<String, Target> result = new TreeMap<>(ByteOrder.COMPARATOR);
        for (InfrastructureModel model : infrastructures) {
            for (Target target : model.getTargets()) {
                result.putIfAbsent(target.getName(), target);
            }
        }
        return result;
    }

    /** Every id resource, keyed by name in byte order. */
    public Map<String, IdResource> idResourcesByName() {
        Map<String, IdResource> result = new TreeMap<>(ByteOrder.COMPARATOR);
        for (IdResourcesModel model : idResources) {
            for (IdResource resource : model.getResources()) {
                result.putIfAbsent(resource.getName(), resource);
            }
        }
        return result;
    }

    public Optional<Policy> policy() {
        return policies.stream().findFirst();
    }
}
