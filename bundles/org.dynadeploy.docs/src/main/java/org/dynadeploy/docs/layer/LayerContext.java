package org.dynadeploy.docs.layer;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Selects the services a group's diagram shows, with their dependency lists, before any
 * collapsing (dydisnix §7.3):
 * <ol>
 * <li>every service in the group, with all its dependencies;</li>
 * <li>services outside the group that a service of step 1 depends on or connects to, without
 * dependencies of their own;</li>
 * <li>services outside the group that depend on or connect to a service of step 1, their
 * dependency lists cut down to the services of steps 1 and 2.</li>
 * </ol>
 * A service that is both an outside dependency and an outside dependant keeps its (filtered)
 * dependencies, so the cycle through the group stays visible.
 */
final class LayerContext {

    /** A selected service and the dependencies it is drawn with. */
    record Shown(String name, boolean inGroup, Map<EdgeKind, List<String>> dependencies) {
    }

    private LayerContext() {
    }

    /** The selection, in no particular order (the layer sorts what it draws). */
    static Map<String, Shown> select(ServiceGraph graph, String group, boolean withContext) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (String name : graph.names()) {
            if (ServiceGraph.isIn(graph.group(name), group)) {
                shown.put(name, new Shown(name, true, all(graph, name)));
            }
        }
        if (!withContext || group.isEmpty()) {
            return shown;
        }
        Set<String> inGroup = new HashSet<>(shown.keySet());
        Map<String, Shown> outsideDependencies = new LinkedHashMap<>();
        for (String name : inGroup) {
            for (EdgeKind kind : EdgeKind.values()) {
                for (String dependency : graph.dependencies(name, kind)) {
                    if (!inGroup.contains(dependency)) {
                        outsideDependencies.putIfAbsent(dependency, new Shown(dependency, false, none()));
                    }
                }
            }
        }
        shown.putAll(outsideDependencies);
        Set<String> soFar = new HashSet<>(shown.keySet());
        for (String name : inGroup) {
            for (ServiceGraph.Dependant dependant : graph.dependants(name)) {
                if (!inGroup.contains(dependant.name())) {
                    shown.put(dependant.name(), new Shown(dependant.name(), false, filtered(graph, dependant.name(), soFar)));
                }
            }
        }
        return shown;
    }

    private static Map<EdgeKind, List<String>> all(ServiceGraph graph, String name) {
        Map<EdgeKind, List<String>> result = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            result.put(kind, graph.dependencies(name, kind));
        }
        return result;
    }

    private static Map<EdgeKind, List<String>> none() {
        Map<EdgeKind, List<String>> result = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            result.put(kind, List.of());
        }
        return result;
    }

    private static Map<EdgeKind, List<String>> filtered(ServiceGraph graph, String name, Set<String> keep) {
        Map<EdgeKind, List<String>> result = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            result.put(kind, graph.dependencies(name, kind).stream().filter(keep::contains).toList());
        }
        return result;
    }
}
