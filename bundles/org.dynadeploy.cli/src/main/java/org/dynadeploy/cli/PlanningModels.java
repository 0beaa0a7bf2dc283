package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.cli.PlanningInputs.Role;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The models a planning command loaded, by role, plus the resource set they live in (results
 * written in our languages name services and targets through it).
 */
final class PlanningModels {

    private final Map<Role, List<Model>> roots;
    private final List<InfrastructureModel> infrastructure;
    private final ResourceSet resourceSet;

    /**
     * @param roots          the models each role's files hold, of the role's kind
     * @param infrastructure the targets the plan is about (those of {@code -i}, or a stand-in when it is optional)
     * @param resourceSet    the resource set every model is in
     */
    PlanningModels(Map<Role, List<Model>> roots, List<InfrastructureModel> infrastructure, ResourceSet resourceSet) {
        this.roots = new EnumMap<>(Role.class);
        this.roots.putAll(roots);
        this.infrastructure = List.copyOf(infrastructure);
        this.resourceSet = resourceSet;
    }

    ResourceSet resourceSet() {
        return resourceSet;
    }

    <T extends Model> List<T> of(Role role, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Model model : roots.getOrDefault(role, List.of())) {
            if (type.isInstance(model)) result.add(type.cast(model));
        }
        return result;
    }

    /** The services, targets and id resources the engine plans with. */
    ModelSet modelSet() {
        ModelSet set = new ModelSet();
        of(Role.SERVICES, ServicesModel.class).forEach(set::add);
        infrastructure.forEach(set::add);
        of(Role.ID_RESOURCES, IdResourcesModel.class).forEach(set::add);
        return set;
    }

    /** The infrastructure models the plan is about. */
    List<InfrastructureModel> infrastructure() {
        return infrastructure;
    }

    /** The one policy of the {@code -q} files, or null when none was given. */
    Policy policy() {
        List<Policy> policies = of(Role.QOS, Policy.class);
        if (policies.size() > 1) {
            throw new UserException(Role.QOS.option() + ": the given files declare " + policies.size() + " policies ("
                    + String.join(", ", policies.stream().map(Policy::getName).toList())
                    + "); a deployment has one policy, give only its file");
        }
        return policies.isEmpty() ? null : policies.get(0);
    }

    /** The input distribution ({@code -d}), or null. */
    DistributionModel distribution() {
        return distribution(Role.DISTRIBUTION);
    }

    /** The previous distribution ({@code --previous}), or null. */
    DistributionModel previous() {
        return distribution(Role.PREVIOUS);
    }

    /** The ids of the previous run ({@code --ids}), or null. */
    IdsModel ids() {
        List<IdsModel> models = of(Role.IDS, IdsModel.class);
        return models.isEmpty() ? null : ModelMerger.ids(models);
    }

    private DistributionModel distribution(Role role) {
        List<DistributionModel> models = of(role, DistributionModel.class);
        return models.isEmpty() ? null : ModelMerger.distribution(models);
    }
}
