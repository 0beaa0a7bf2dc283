package org.dynadeploy.docs.layer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.ModelSet;

/**
 * The services of a model set as the docs see them: names in byte order, each with its group
 * path and its dependency names (resolved, de-duplicated, byte-ordered, dangling ones dropped),
 * plus the reverse index of dependants. Built once per generation; every page and diagram reads
 * from it, so look-ups are hash-based (every layer scans all services).
 */
public final class ServiceGraph {

    /** A service that depends on another one, and how. */
    public record Dependant(String name, EdgeKind kind) {
    }

    private final List<String> names;
    private final Map<String, Service> services = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, List<String>> segments = new HashMap<>();
    private final Map<EdgeKind, Map<String, List<String>>> dependencies = new EnumMap<>(EdgeKind.class);
    private final Map<String, List<Dependant>> dependants = new HashMap<>();

    private ServiceGraph(Map<String, Service> byName) {
        this.names = List.copyOf(byName.keySet());
        services.putAll(byName);
        for (EdgeKind kind : EdgeKind.values()) {
            dependencies.put(kind, new HashMap<>());
        }
        for (String name : names) {
            Service service = byName.get(name);
            String group = GroupPaths.of(service);
            groups.put(name, group);
            segments.put(name, GroupPaths.segments(group));
            dependencies.get(EdgeKind.DEPENDS_ON).put(name, resolve(service.getDependsOn()));
            dependencies.get(EdgeKind.CONNECTS_TO).put(name, resolve(service.getConnectsTo()));
        }
        // names are visited in byte order and kinds in order, so each dependant list comes out
        // ordered by name, then kind
        for (String from : names) {
            for (EdgeKind kind : EdgeKind.values()) {
                for (String to : dependencies.get(kind).get(from)) {
                    dependants.computeIfAbsent(to, k -> new ArrayList<>()).add(new Dependant(from, kind));
                }
            }
        }
    }

    public static ServiceGraph of(ModelSet models) {
        return new ServiceGraph(models.servicesByName());
    }

    /** Names of referenced services that exist in this graph, byte-ordered, once each. */
    private List<String> resolve(List<Service> references) {
        TreeSet<String> found = new TreeSet<>(ByteOrder.COMPARATOR);
        for (Service reference : references) {
            if (reference != null && !reference.eIsProxy() && reference.getName() != null
                    && services.containsKey(reference.getName())) {
                found.add(reference.getName());
            }
        }
        return List.copyOf(found);
    }

    /** Every service name, in byte order. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public boolean contains(String name) {
        return services.containsKey(name);
    }

    public Service service(String name) {
        return services.get(name);
    }

    /** The '/'-separated group path of a service ("" for the root). */
    public String group(String name) {
        return groups.get(name);
    }

    /** The segments of a service's group path (empty for the root). */
    public List<String> groupSegments(String name) {
        return segments.get(name);
    }

    public List<String> dependencies(String name, EdgeKind kind) {
        return dependencies.get(kind).getOrDefault(name, List.of());
    }

    /** The services that depend on or connect to this one, byte-ordered by name. */
    public List<Dependant> dependants(String name) {
        return dependants.getOrDefault(name, List.of());
    }

    /** Whether a group path lies in group G: equal to it or below it ("" contains everything). */
    public static boolean isIn(String path, String group) {
        return group.isEmpty() || path.equals(group)
                || (path.length() > group.length() && path.charAt(group.length()) == '/' && path.startsWith(group));
    }
}
