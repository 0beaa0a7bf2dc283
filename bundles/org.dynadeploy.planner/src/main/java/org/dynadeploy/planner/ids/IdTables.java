package org.dynadeploy.planner.ids;

import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.support.ByteOrder;

/**
 * A mutable working copy of an ids model (dydisnix's ids, lastAssignments and
 * lastAssignmentsPerTarget tables), byte-ordered so the model written back is too.
 */
final class IdTables {

    /** resource → service → id */
    final Map<String, Map<String, Long>> ids = new TreeMap<>(ByteOrder.COMPARATOR);
    /** resource → last id handed out (global scope) */
    final Map<String, Long> last = new TreeMap<>(ByteOrder.COMPARATOR);
    /** target → resource → last id handed out on that target (machine scope) */
    final Map<String, Map<String, Long>> lastPerTarget = new TreeMap<>(ByteOrder.COMPARATOR);

    static IdTables copyOf(IdsModel model) {
        IdTables tables = new IdTables();
        if (model == null) return tables;
        for (ResourceIds resource : model.getResources()) {
            Map<String, Long> table = tables.resource(resource.getResource());
            for (IdAssignment assignment : resource.getAssignments()) {
                table.put(assignment.getService(), assignment.getValue());
            }
        }
        for (LastAssignment last : model.getLastAssignments()) {
            tables.last.put(last.getResource(), last.getValue());
        }
        for (TargetLastAssignments target : model.getTargets()) {
            Map<String, Long> table = tables.target(target.getTarget());
            for (LastAssignment last : target.getLastAssignments()) {
                table.put(last.getResource(), last.getValue());
            }
        }
        return tables;
    }

    Map<String, Long> resource(String resource) {
        return ids.computeIfAbsent(resource, key -> new TreeMap<>(ByteOrder.COMPARATOR));
    }

    Map<String, Long> target(String target) {
        return lastPerTarget.computeIfAbsent(target, key -> new TreeMap<>(ByteOrder.COMPARATOR));
    }

    /** A new model; per-target tables without entries are left out (dydisnix prints them as empty sets). */
    IdsModel toModel() {
        ModelFactory factory = ModelFactory.eINSTANCE;
        IdsModel model = factory.createIdsModel();
        ids.forEach((resource, table) -> {
            ResourceIds resourceIds = factory.createResourceIds();
            resourceIds.setResource(resource);
            table.forEach((service, id) -> {
                IdAssignment assignment = factory.createIdAssignment();
                assignment.setService(service);
                assignment.setValue(id);
                resourceIds.getAssignments().add(assignment);
            });
            model.getResources().add(resourceIds);
        });
        last.forEach((resource, id) -> model.getLastAssignments().add(lastAssignment(resource, id)));
        lastPerTarget.forEach((target, table) -> {
            if (table.isEmpty()) return;
            TargetLastAssignments entry = factory.createTargetLastAssignments();
            entry.setTarget(target);
            table.forEach((resource, id) -> entry.getLastAssignments().add(lastAssignment(resource, id)));
            model.getTargets().add(entry);
        });
        return model;
    }

    private static LastAssignment lastAssignment(String resource, long id) {
        LastAssignment last = ModelFactory.eINSTANCE.createLastAssignment();
        last.setResource(resource);
        last.setValue(id);
        return last;
    }
}
