package org.dynadeploy.docs.deployment;

import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.support.ByteOrder;

/** The unique ids an ids model assigns, by service and then resource (both byte-ordered). */
public final class AssignedIds {

    private final Map<String, Map<String, Long>> byService = new TreeMap<>(ByteOrder.COMPARATOR);

    private AssignedIds() {
    }

    public static AssignedIds of(IdsModel ids) {
        AssignedIds result = new AssignedIds();
        for (ResourceIds resource : ids.getResources()) {
            if (resource.getResource() == null) continue;
            for (IdAssignment assignment : resource.getAssignments()) {
                if (assignment.getService() == null) continue;
                result.byService.computeIfAbsent(assignment.getService(), k -> new TreeMap<>(ByteOrder.COMPARATOR))
                        .put(resource.getResource(), assignment.getValue());
            }
        }
        return result;
    }

    /** Resource → id of one service (empty if it has none). */
    public Map<String, Long> of(String service) {
        return byService.getOrDefault(service, Map.of());
    }
}
