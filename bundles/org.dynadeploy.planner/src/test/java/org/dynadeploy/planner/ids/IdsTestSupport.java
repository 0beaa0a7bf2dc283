package org.dynadeploy.planner.ids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.TestModels;

/** dydisnix's id-assign test models and readable views of ids models. */
final class IdsTestSupport {

    private IdsTestSupport() {
    }

    /** services-with-ids.nix (all three) or services-with-ids2.nix (testService2 and 3). */
    static TestModels services(boolean withFirst) {
        TestModels models = new TestModels();
        if (withFirst) models.service("testService1").type("echo").ids("ports");
        models.service("testService2").type("echo").ids("ports");
        models.service("testService3").dependsOn("testService2").type("echo").ids("ports");
        models.target("testtarget1").prop("hostname", "testtarget1");
        models.target("testtarget2").prop("hostname", "testtarget2");
        return models;
    }

    static ModelSet global(boolean withFirst) {
        return services(withFirst).pool("ports", 3000, 4000, Scope.GLOBAL).build();
    }

    /** resource → service → id */
    static Map<String, Map<String, Long>> ids(IdsModel model) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (ResourceIds resource : model.getResources()) {
            Map<String, Long> table = new LinkedHashMap<>();
            for (IdAssignment assignment : resource.getAssignments()) {
                table.put(assignment.getService(), assignment.getValue());
            }
            result.put(resource.getResource(), table);
        }
        return result;
    }

    static Map<String, Long> last(IdsModel model) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (LastAssignment last : model.getLastAssignments()) {
            result.put(last.getResource(), last.getValue());
        }
        return result;
    }

    static Map<String, Map<String, Long>> lastPerTarget(IdsModel model) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (TargetLastAssignments target : model.getTargets()) {
            Map<String, Long> table = new LinkedHashMap<>();
            for (LastAssignment last : target.getLastAssignments()) {
                table.put(last.getResource(), last.getValue());
            }
            result.put(target.getTarget(), table);
        }
        return result;
    }

    static Map<String, Long> ports(long... ids) {
        Map<String, Long> result = new LinkedHashMap<>();
        List<String> names = List.of("testService1", "testService2", "testService3");
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) result.put(names.get(i), ids[i]);
        }
        return result;
    }
}
