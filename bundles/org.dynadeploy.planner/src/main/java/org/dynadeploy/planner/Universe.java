package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.ModelSet;

/**
 * The services and targets a plan is about, each numbered in byte order of name. dydisnix visits
 * names in byte order everywhere, so numbering them that way once lets every filter iterate plain
 * int ranges and still visit names in the upstream order.
 */
public final class Universe {

    private final String[] serviceNames;
    private final String[] targetNames;
    private final Service[] services;
    private final Target[] targets;
    private final Map<String, Integer> serviceIndex;
    private final Map<String, Integer> targetIndex;

    private Universe(String[] serviceNames, Service[] services, String[] targetNames, Target[] targets) {
        this.serviceNames = serviceNames;
        this.services = services;
        this.targetNames = targetNames;
        this.targets = targets;
        this.serviceIndex = index(serviceNames);
        this.targetIndex = index(targetNames);
    }

    /** Every service and every target of a model set. */
    public static Universe of(ModelSet models) {
        return of(models.servicesByName().values(), models.targetsByName().values());
    }

    public static Universe of(Collection<? extends Service> services, Collection<? extends Target> targets) {
        List<Service> sortedServices = sorted(services, Service::getName, "service");
        List<Target> sortedTargets = sorted(targets, Target::getName, "target");
        return new Universe(
                sortedServices.stream().map(Service::getName).toArray(String[]::new),
                sortedServices.toArray(Service[]::new),
                sortedTargets.stream().map(Target::getName).toArray(String[]::new),
                sortedTargets.toArray(Target[]::new));
    }

    /** A universe of bare names, for engines and tests that need no model objects. */
    public static Universe ofNames(Collection<String> services, Collection<String> targets) {
        List<String> s = sorted(services, Function.identity(), "service");
        List<String> t = sorted(targets, Function.identity(), "target");
        return new Universe(s.toArray(String[]::new), new Service[s.size()], t.toArray(String[]::new),
                new Target[t.size()]);
    }

    private static <T> List<T> sorted(Collection<? extends T> items, Function<T, String> name, String kind) {
        List<T> result = new ArrayList<>(items);
        for (T item : result) {
            if (name.apply(item) == null) {
                throw new PlanningException("a " + kind + " has no name; every " + kind + " needs one");
            }
        }
        result.sort((a, b) -> ByteOrder.compare(name.apply(a), name.apply(b)));
        for (int i = 1; i < result.size(); i++) {
            if (name.apply(result.get(i)).equals(name.apply(result.get(i - 1)))) {
                throw new PlanningException(kind + " '" + name.apply(result.get(i)) + "' is defined twice; "
                        + kind + " names must be unique");
            }
        }
        return result;
    }

    private static Map<String, Integer> index(String[] names) {
        Map<String, Integer> result = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            result.put(names[i], i);
        }
        return result;
    }

    public int serviceCount() {
        return serviceNames.length;
    }

    public int targetCount() {
        return targetNames.length;
    }

    public String serviceName(int service) {
        return serviceNames[service];
    }

    public String targetName(int target) {
        return targetNames[target];
    }

    /** The index of a service, or -1 when the universe has no service of that name. */
    public int serviceIndex(String name) {
        Integer index = serviceIndex.get(name);
        return index == null ? -1 : index;
    }

    /** The index of a target, or -1 when the universe has no target of that name. */
    public int targetIndex(String name) {
        Integer index = targetIndex.get(name);
        return index == null ? -1 : index;
    }

    /** The model object of a service; null in a universe made of names only. */
    public Service service(int service) {
        return services[service];
    }

    /** The model object of a target; null in a universe made of names only. */
    public Target target(int target) {
        return targets[target];
    }

    public List<String> serviceNames() {
        return List.of(serviceNames);
    }

    public List<String> targetNames() {
        return List.of(targetNames);
    }

    /** The service model object, failing clearly when the universe was made of names only. */
    Service requireService(int service) {
        Service result = services[service];
        if (result == null) {
            throw new IllegalStateException("the universe has no model object for service '" + serviceNames[service]
                    + "'; build it with Universe.of(ModelSet)");
        }
        return result;
    }

    Target requireTarget(int target) {
        Target result = targets[target];
        if (result == null) {
            throw new IllegalStateException("the universe has no model object for target '" + targetNames[target]
                    + "'; build it with Universe.of(ModelSet)");
        }
        return result;
    }
}
