package org.dynadeploy.planner.ids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningException;

/**
 * dydisnix's id-assign: gives each service that requires an id resource a unique id from the
 * resource's pool, keeping the ids of a previous run that are still valid, and continuing after the
 * last id handed out (freed ids are reused only after the pool wraps).
 *
 * <p>Services-only mode (no distribution): every service of the services model, global scope only.
 * Distribution mode: the distributed services; a {@code global} resource is unique across the
 * deployment, a {@code machine} resource per target.
 *
 * <p>The input ids model is never modified; a new one is returned.
 */
public final class IdAssigner {

    /** dydisnix's default service property naming a service's id resources. */
    public static final String DEFAULT_SERVICE_PROPERTY = "requiresUniqueIdsFor";

    /** Services-only mode: every service of the model set, global resources only. */
    public IdsModel assign(ModelSet models, IdsModel previous, String serviceProperty) {
        return assign(models.servicesByName(), models.idResourcesByName(), null, previous, serviceProperty);
    }

    /** Assigns with the model set's services and id resources; a null distribution means services-only mode. */
    public IdsModel assign(ModelSet models, DistributionModel distribution, IdsModel previous, String serviceProperty) {
        return assign(models.servicesByName(), models.idResourcesByName(),
                distribution == null ? null : namesOf(distribution), previous, serviceProperty);
    }

    /** Assigns for a planned distribution. */
    public IdsModel assign(ModelSet models, CandidateDistribution distribution, IdsModel previous, String serviceProperty) {
        return assign(models.servicesByName(), models.idResourcesByName(),
                distribution == null ? null : namesOf(distribution), previous, serviceProperty);
    }

    /**
     * @param services        the services by name
     * @param resources       the id resources by name
     * @param distribution    service name → target names; null for services-only mode
     * @param previous        the ids of the previous run, or null
     * @param serviceProperty the list property naming a service's resources (null: the default)
     */
    public IdsModel assign(Map<String, Service> services, Map<String, IdResource> resources,
            Map<String, List<String>> distribution, IdsModel previous, String serviceProperty) {
        Request request = new Request(services, resources, distribution,
                serviceProperty == null ? DEFAULT_SERVICE_PROPERTY : serviceProperty);
        IdTables tables = IdTables.copyOf(previous);
        Invalidation.apply(request, tables);
        for (Map.Entry<String, IdResource> entry : sortedByName(resources).entrySet()) {
            assignResource(request, tables, entry.getKey(), entry.getValue());
        }
        return tables.toModel();
    }

    private static void assignResource(Request request, IdTables tables, String resource, IdResource definition) {
        IdPool pool = new IdPool(definition);
        Map<String, Long> assigned = tables.resource(resource);
        Scope scope = definition.getScope() == null ? Scope.GLOBAL : definition.getScope();
        if (!request.distributed()) {
            if (scope != Scope.GLOBAL) {
                throw new PlanningException("Unknown scope: " + scope.getLiteral() + " (resource '" + resource
                        + "' has machine scope, which needs a distribution; without one only global scope works)");
            }
            assignList(request, pool, assigned, tables.last, new ArrayList<>(request.services.keySet()), "");
        } else if (scope == Scope.GLOBAL) {
            assignList(request, pool, assigned, tables.last, request.distributedServices(), "");
        } else {
            assignPerTarget(request, pool, assigned, tables);
        }
    }

    /**
     * Machine scope: targets in byte order, each with its own cursor. A service on several targets
     * gets its id on the first of them (as in dydisnix), but unlike dydisnix the id must be free on
     * every target the service is on, so it cannot collide with a retained id elsewhere.
     */
    private static void assignPerTarget(Request request, IdPool pool, Map<String, Long> assigned, IdTables tables) {
        Map<String, List<String>> perTarget = request.servicesPerTarget();
        Map<String, Set<Long>> takenOn = new HashMap<>();
        perTarget.forEach((target, services) -> takenOn.put(target, idsOf(services, assigned)));
        perTarget.forEach((target, services) -> {
            Map<String, Long> last = tables.target(target);
            for (String service : services) {
                if (!request.requires(service, pool.resource) || assigned.containsKey(service)) continue;
                Set<String> targets = new TreeSet<>(request.distribution.get(service));
                Set<Long> taken = takenOn.get(target);
                if (targets.size() > 1) {
                    taken = new HashSet<>();
                    for (String other : targets) taken.addAll(takenOn.get(other));
                }
                long id = pool.next(last.get(pool.resource), taken, " on target '" + target + "'");
                assigned.put(service, id);
                targets.forEach(other -> takenOn.get(other).add(id));
                last.put(pool.resource, id);
            }
        });
    }

    private static Set<Long> idsOf(List<String> services, Map<String, Long> assigned) {
        Set<Long> ids = new HashSet<>();
        for (String service : services) {
            Long id = assigned.get(service);
            if (id != null) ids.add(id);
        }
        return ids;
    }

    /** Global scope: assigns ids to the services of the list that need one; {@code last} holds the cursor. */
    private static void assignList(Request request, IdPool pool, Map<String, Long> assigned, Map<String, Long> last,
            List<String> services, String where) {
        Set<Long> taken = idsOf(services, assigned);
        for (String service : services) {
            if (!request.requires(service, pool.resource) || assigned.containsKey(service)) continue;
            long id = pool.next(last.get(pool.resource), taken, where);
            assigned.put(service, id);
            taken.add(id);
            last.put(pool.resource, id);
        }
    }

    private static Map<String, IdResource> sortedByName(Map<String, IdResource> resources) {
        Map<String, IdResource> sorted = new TreeMap<>(ByteOrder.COMPARATOR);
        sorted.putAll(resources);
        return sorted;
    }

    private static Map<String, List<String>> namesOf(DistributionModel distribution) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (ServiceMapping mapping : distribution.getMappings()) {
            if (mapping.getService() == null) continue;
            List<String> targets = new ArrayList<>();
            for (TargetMapping target : mapping.getTargets()) {
                if (target.getTarget() != null) targets.add(target.getTarget().getName());
            }
            result.put(mapping.getService().getName(), targets);
        }
        return result;
    }

    private static Map<String, List<String>> namesOf(CandidateDistribution distribution) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int service : distribution.services()) {
            String name = distribution.universe().serviceName(service);
            result.put(name, distribution.targetNames(name));
        }
        return result;
    }

    /** The inputs of one run, with the derived views the algorithm needs. */
    static final class Request {

        final Map<String, Service> services;
        final Map<String, IdResource> resources;
        /** service → targets, byte-ordered; null in services-only mode */
        final Map<String, List<String>> distribution;
        final String serviceProperty;

        Request(Map<String, Service> services, Map<String, IdResource> resources, Map<String, List<String>> distribution,
                String serviceProperty) {
            this.services = new TreeMap<>(ByteOrder.COMPARATOR);
            this.services.putAll(services);
            this.resources = resources;
            if (distribution == null) {
                this.distribution = null;
            } else {
                this.distribution = new TreeMap<>(ByteOrder.COMPARATOR);
                this.distribution.putAll(distribution);
            }
            this.serviceProperty = serviceProperty;
        }

        boolean distributed() {
            return distribution != null;
        }

        /** dydisnix: the property exists, is a list, and contains the resource name as a string. */
        boolean requires(String service, String resource) {
            Service model = services.get(service);
            if (model == null) return false;
            Value value = ServiceAttributes.get(model, serviceProperty).orElse(null);
            if (!(value instanceof ListValue list)) return false;
            for (Value element : list.getElements()) {
                if (element instanceof StringValue s && resource.equals(s.getValue())) return true;
            }
            return false;
        }

        /** The services of the distribution with at least one target, in byte order. */
        List<String> distributedServices() {
            List<String> result = new ArrayList<>();
            distribution.forEach((service, targets) -> {
                if (!targets.isEmpty()) result.add(service);
            });
            return result;
        }

        /** target → services on it (each once, byte order), targets in byte order. */
        Map<String, List<String>> servicesPerTarget() {
            Map<String, Set<String>> sets = new TreeMap<>(ByteOrder.COMPARATOR);
            distribution.forEach((service, targets) -> {
                for (String target : targets) {
                    sets.computeIfAbsent(target, key -> new TreeSet<>(ByteOrder.COMPARATOR)).add(service);
                }
            });
            Map<String, List<String>> result = new TreeMap<>(ByteOrder.COMPARATOR);
            sets.forEach((target, services) -> result.put(target, new ArrayList<>(services)));
            return result;
        }
    }
}
