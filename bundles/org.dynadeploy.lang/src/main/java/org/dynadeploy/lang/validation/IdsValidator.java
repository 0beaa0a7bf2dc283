package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.TargetLastAssignments;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Rules of ids models: one id per service and resource, and ids inside the pools they come from. */
public class IdsValidator extends AbstractIdsValidator {

    @Inject
    private ModelIndex index;

    @Check
    public void checkUniqueBlocks(IdsModel model) {
        Duplicates.forEach(model.getResources(), ResourceIds::getResource, (block, other) -> warning(
                "the ids of '" + block.getResource() + "' are split over two blocks (also " + Locations.of(other, block)
                        + "); merge them into one", block, ModelPackage.Literals.RESOURCE_IDS__RESOURCE,
                IssueCodes.DUPLICATE_RESOURCE_IDS, block.getResource()));
        Duplicates.forEach(model.getTargets(), TargetLastAssignments::getTarget, (block, other) -> warning(
                "the last ids of target '" + block.getTarget() + "' are split over two blocks (also "
                        + Locations.of(other, block) + "); merge them into one", block,
                ModelPackage.Literals.TARGET_LAST_ASSIGNMENTS__TARGET, IssueCodes.DUPLICATE_TARGET_ASSIGNMENTS, block.getTarget()));
    }

    @Check
    public void checkUniqueAssignments(IdsModel model) {
        for (List<IdAssignment> assignments : assignmentsByResource(model).values()) {
            Duplicates.forEach(assignments, IdAssignment::getService, (assignment, other) -> error(
                    "service '" + assignment.getService() + "' has two ids in '" + resourceOf(assignment) + "' (also "
                            + Locations.of(other, assignment) + "); keep one", assignment,
                    ModelPackage.Literals.ID_ASSIGNMENT__SERVICE, IssueCodes.DUPLICATE_ID_ASSIGNMENT, assignment.getService()));
        }
        checkUniqueLast(model.getLastAssignments(), "");
        for (TargetLastAssignments target : model.getTargets()) {
            checkUniqueLast(target.getLastAssignments(), " of target '" + target.getTarget() + "'");
        }
    }

    private void checkUniqueLast(List<LastAssignment> lastAssignments, String where) {
        Duplicates.forEach(lastAssignments, LastAssignment::getResource, (last, other) -> error(
                "the last id of '" + last.getResource() + "'" + where + " is given twice (also " + Locations.of(other, last)
                        + "); keep one", last, ModelPackage.Literals.LAST_ASSIGNMENT__RESOURCE,
                IssueCodes.DUPLICATE_LAST_ASSIGNMENT, last.getResource()));
    }

    @Check(CheckType.NORMAL)
    public void checkAgainstPools(IdsModel model) {
        if (index.roots(model, IdResourcesModel.class).isEmpty()) {
            return; // no id resources model loaded: nothing to check against
        }
        Map<String, IdResource> pools = new TreeMap<>();
        index.idResources(model).forEach(pool -> pools.putIfAbsent(pool.getName(), pool));
        for (ResourceIds block : model.getResources()) {
            IdResource pool = pools.get(block.getResource());
            if (pool == null) {
                reportUnknown(block.getResource(), pools, block, ModelPackage.Literals.RESOURCE_IDS__RESOURCE);
                continue;
            }
            for (IdAssignment assignment : block.getAssignments()) {
                checkInPool(assignment.getValue(), pool, "the id of '" + assignment.getService() + "'", assignment,
                        ModelPackage.Literals.ID_ASSIGNMENT__VALUE);
            }
        }
        List<LastAssignment> lasts = new ArrayList<>(model.getLastAssignments());
        model.getTargets().forEach(target -> lasts.addAll(target.getLastAssignments()));
        for (LastAssignment last : lasts) {
            IdResource pool = pools.get(last.getResource());
            if (pool == null) {
                reportUnknown(last.getResource(), pools, last, ModelPackage.Literals.LAST_ASSIGNMENT__RESOURCE);
            } else {
                checkInPool(last.getValue(), pool, "the last id", last, ModelPackage.Literals.LAST_ASSIGNMENT__VALUE);
            }
        }
        checkUniqueGlobalIds(model, pools);
    }

    private void reportUnknown(String resource, Map<String, IdResource> pools, org.eclipse.emf.ecore.EObject object,
            org.eclipse.emf.ecore.EStructuralFeature feature) {
        warning("no id resource '" + resource + "' is defined" + Suggestions.endOfSentence(resource, pools.keySet())
                + " id-assign drops the ids of undefined resources: define it in an .idres file or fix the name",
                object, feature, IssueCodes.UNKNOWN_ID_RESOURCE, resource, Suggestions.nearest(resource, pools.keySet()).orElse(""));
    }

    private void checkInPool(long value, IdResource pool, String what, org.eclipse.emf.ecore.EObject object,
            org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (value < pool.getMin() || value > pool.getMax()) {
            warning(what + " (" + value + ") is outside pool '" + pool.getName() + "' (" + pool.getMin() + ".." + pool.getMax()
                    + "); id-assign will hand out a new one", object, feature, IssueCodes.ID_OUTSIDE_POOL, pool.getName());
        }
    }

    private void checkUniqueGlobalIds(IdsModel model, Map<String, IdResource> pools) {
        for (Map.Entry<String, List<IdAssignment>> entry : assignmentsByResource(model).entrySet()) {
            IdResource pool = pools.get(entry.getKey());
            if (pool == null || pool.getScope() != Scope.GLOBAL) {
                continue; // machine-scoped ids may repeat on different targets
            }
            Duplicates.forEach(entry.getValue(), assignment -> String.valueOf(assignment.getValue()), (assignment, other) -> {
                if (!assignment.getService().equals(other.getService())) {
                    warning("id " + assignment.getValue() + " of '" + entry.getKey() + "' is also given to '" + other.getService()
                            + "'; ids of a global pool must be unique", assignment, ModelPackage.Literals.ID_ASSIGNMENT__VALUE,
                            IssueCodes.DUPLICATE_ID_VALUE, entry.getKey());
                }
            });
        }
    }

    private static Map<String, List<IdAssignment>> assignmentsByResource(IdsModel model) {
        Map<String, List<IdAssignment>> result = new LinkedHashMap<>();
        for (ResourceIds block : model.getResources()) {
            if (block.getResource() != null) {
                result.computeIfAbsent(block.getResource(), r -> new ArrayList<>()).addAll(block.getAssignments());
            }
        }
        return result;
    }

    private static String resourceOf(IdAssignment assignment) {
        return ((ResourceIds) assignment.eContainer()).getResource();
    }
}
