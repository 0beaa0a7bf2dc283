package org.dynadeploy.planner.ids;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.Scope;

/**
 * dydisnix's clean-up of the previous ids before assigning (§6.1 of the behaviour reference), plus
 * one fix: ids that collide within their scope (possible upstream after a machine-scoped service
 * moves, or a scope change) are given up by all but the first service in byte order, which get a
 * fresh id.
 */
final class Invalidation {

    private Invalidation() {
    }

    static void apply(IdAssigner.Request request, IdTables tables) {
        dropInvalidAssignments(request, tables);
        tables.last.keySet().removeIf(resource -> !request.resources.containsKey(resource));
        if (!request.distributed()) {
            tables.lastPerTarget.clear();
        } else {
            Set<String> targetsInUse = request.servicesPerTarget().keySet();
            for (Iterator<Map.Entry<String, Map<String, Long>>> it = tables.lastPerTarget.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, Map<String, Long>> entry = it.next();
                entry.getValue().keySet().removeIf(resource -> !request.resources.containsKey(resource));
                if (!targetsInUse.contains(entry.getKey()) || entry.getValue().isEmpty()) it.remove();
            }
        }
        dropCollisions(request, tables);
    }

    private static void dropInvalidAssignments(IdAssigner.Request request, IdTables tables) {
        for (Iterator<Map.Entry<String, Map<String, Long>>> it = tables.ids.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Map<String, Long>> entry = it.next();
            String resource = entry.getKey();
            IdResource definition = request.resources.get(resource);
            IdPool pool = definition == null ? null : new IdPool(definition);
            entry.getValue().entrySet().removeIf(assignment -> !valid(request, resource, pool, assignment.getKey(),
                    assignment.getValue()));
            if (entry.getValue().isEmpty()) it.remove();
        }
    }

    private static boolean valid(IdAssigner.Request request, String resource, IdPool pool, String service, long id) {
        if (pool == null || !pool.contains(id) || !request.requires(service, resource)) return false;
        if (!request.distributed()) return true;
        // A service on two or more targets loses its id every run (dydisnix).
        List<String> targets = request.distribution.get(service);
        return targets != null && targets.size() == 1;
    }

    private static void dropCollisions(IdAssigner.Request request, IdTables tables) {
        tables.ids.forEach((resource, assigned) -> {
            IdResource definition = request.resources.get(resource);
            boolean perTarget = request.distributed() && definition.getScope() == Scope.MACHINE;
            if (!perTarget) {
                dropCollisions(assigned, assigned.keySet());
            } else {
                request.servicesPerTarget().values().forEach(services -> dropCollisions(assigned, services));
            }
        });
    }

    private static void dropCollisions(Map<String, Long> assigned, Collection<String> servicesInByteOrder) {
        Set<Long> seen = new HashSet<>();
        for (String service : new ArrayList<>(servicesInByteOrder)) {
            Long id = assigned.get(service);
            if (id != null && !seen.add(id)) assigned.remove(service);
        }
    }
}
