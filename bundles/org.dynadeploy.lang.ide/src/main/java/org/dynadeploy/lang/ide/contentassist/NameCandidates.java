package org.dynadeploy.lang.ide.contentassist;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.lang.validation.ModelIndex;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

/**
 * The names a completion can offer where the grammar only says "a name": service types, id
 * pools, property names, containers. They come from the models visible from the edited file,
 * the same view the validators check against, so what completion offers validates.
 */
public class NameCandidates {

    /** Types every Disnix installation can activate, offered even before any service uses them. */
    private static final Set<String> BUILT_IN_TYPES = Set.of("process", "wrapper");

    @Inject
    private ModelIndex index;

    /** Service types in use, container names of the targets (what they can host) and the built-in ones. */
    Set<String> serviceTypes(EObject context) {
        Set<String> result = new TreeSet<>(BUILT_IN_TYPES);
        index.services(context).stream().map(Service::getType).filter(t -> t != null).forEach(result::add);
        result.addAll(containers(context));
        return result;
    }

    Set<String> services(EObject context) {
        Set<String> result = new TreeSet<>();
        index.services(context).forEach(s -> addName(result, s.getName()));
        return result;
    }

    Set<String> targets(EObject context) {
        Set<String> result = new TreeSet<>();
        index.targets(context).forEach(t -> addName(result, t.getName()));
        return result;
    }

    /** Id pool names with their range, for the completion's detail. */
    Map<String, String> idResources(EObject context) {
        Map<String, String> result = new TreeMap<>();
        for (IdResource pool : index.idResources(context)) {
            if (pool.getName() != null) {
                result.put(pool.getName(), "pool " + pool.getMin() + ".." + pool.getMax());
            }
        }
        return result;
    }

    Set<String> containers(EObject context) {
        Set<String> result = new TreeSet<>();
        for (InfrastructureModel model : index.roots(context, InfrastructureModel.class)) {
            model.getTargets().forEach(t -> t.getContainers().forEach(c -> addName(result, c.getName())));
            model.getAugmentations().forEach(r -> r.getContainers().forEach(c -> addName(result, c.getName())));
        }
        return result;
    }

    /** The containers of one target (and those augmentation rules may add anywhere). */
    Set<String> containersOf(Target target) {
        Set<String> result = new TreeSet<>();
        if (target != null && !target.eIsProxy()) {
            target.getContainers().stream().map(Container::getName).forEach(name -> addName(result, name));
        }
        return result;
    }

    /** Every attribute name of the visible services (dedicated ones such as 'type' included). */
    Set<String> serviceProperties(EObject context) {
        Set<String> result = new TreeSet<>();
        index.services(context).forEach(s -> result.addAll(ServiceAttributes.of(s).keySet()));
        return result;
    }

    /** Every property name of the visible targets and augmentation rules. */
    Set<String> targetProperties(EObject context) {
        Set<String> result = new TreeSet<>();
        for (InfrastructureModel model : index.roots(context, InfrastructureModel.class)) {
            for (Target target : model.getTargets()) {
                target.getProperties().stream().map(Property::getName).forEach(name -> addName(result, name));
            }
            for (AugmentationRule rule : model.getAugmentations()) {
                rule.getProperties().stream().map(Property::getName).forEach(name -> addName(result, name));
            }
        }
        return result;
    }

    /** Generic property names other services use (what a new service probably needs too). */
    Set<String> genericServiceProperties(EObject context) {
        Set<String> result = new TreeSet<>();
        index.services(context).forEach(s -> s.getProperties().forEach(p -> addName(result, p.getName())));
        return result;
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }
}
