package org.dynadeploy.planner.ids;

import static org.dynadeploy.planner.ids.IdsTestSupport.global;
import static org.dynadeploy.planner.ids.IdsTestSupport.ids;
import static org.dynadeploy.planner.ids.IdsTestSupport.last;
import static org.dynadeploy.planner.ids.IdsTestSupport.lastPerTarget;
import static org.dynadeploy.planner.ids.IdsTestSupport.ports;
import static org.dynadeploy.planner.ids.IdsTestSupport.services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

/**
 * dydisnix's tests/idassign.nix: its fifteen id-assign runs (idassign-01 to idassign-15) in order,
 * each fed the ids file the upstream script would have at that point.
 */
class IdAssignConformanceTest {

    private static final String P = IdAssigner.DEFAULT_SERVICE_PROPERTY;
    private final IdAssigner assigner = new IdAssigner();

    private static DistributionModel distribution1(ModelSet m) {
        return TestModels.distribution(m, "testService1", List.of("testtarget1"), "testService2", List.of("testtarget2"),
                "testService3", List.of("testtarget2"));
    }

    private static DistributionModel distribution2(ModelSet m) {
        return TestModels.distribution(m, "testService2", List.of("testtarget2"), "testService3", List.of("testtarget2"));
    }

    private static DistributionModel distribution3(ModelSet m) {
        return TestModels.distribution(m, "testService2", List.of("testtarget1"), "testService3", List.of("testtarget2"));
    }

    @Test
    void distributionModeScenario() {
        ModelSet all = global(true);
        ModelSet withoutFirst = global(false);

        IdsModel run01 = assigner.assign(all, distribution1(all), null, P);
        assertEquals(Map.of("ports", ports(3000, 3001, 3002)), ids(run01), "idassign-01");
        assertEquals(Map.of("ports", 3002L), last(run01));
        IdsModel idsNix = assigner.assign(all, distribution1(all), null, P); // idassign-02 writes ids.nix
        assertEquals(ids(run01), ids(idsNix), "idassign-02");

        IdsModel run03 = assigner.assign(all, distribution1(all), idsNix, P);
        assertEquals(Map.of("ports", ports(3000, 3001, 3002)), ids(run03), "idassign-03: retained");

        IdsModel run04 = assigner.assign(withoutFirst, distribution2(withoutFirst), idsNix, P);
        assertEquals(Map.of("ports", ports(-1, 3001, 3002)), ids(run04), "idassign-04: testService1 removed");
        idsNix = assigner.assign(withoutFirst, distribution2(withoutFirst), idsNix, P); // idassign-05
        assertEquals(ids(run04), ids(idsNix), "idassign-05");

        IdsModel run06 = assigner.assign(all, distribution1(all), idsNix, P);
        assertEquals(Map.of("ports", ports(3003, 3001, 3002)), ids(run06), "idassign-06: re-added gets 3003, not 3000");
        idsNix = assigner.assign(all, distribution1(all), idsNix, P); // idassign-07
        assertEquals(ids(run06), ids(idsNix), "idassign-07");
        assertEquals(Map.of("ports", 3003L), last(idsNix));

        ModelSet uidsOnly = services(true).pool("uids", 2000, 3000, Scope.GLOBAL).build();
        IdsModel run08 = assigner.assign(uidsOnly, distribution1(uidsOnly), idsNix, P);
        assertEquals(Map.of("uids", Map.of()), ids(run08), "idassign-08: the ports resource is gone");
        assertEquals(Map.of(), last(run08));
    }

    @Test
    void machineScope() {
        ModelSet machine = services(true).pool("ports", 3000, 4000, Scope.MACHINE).build();
        IdsModel run09 = assigner.assign(machine, distribution2(machine), null, P);
        assertEquals(Map.of("ports", ports(-1, 3000, 3001)), ids(run09), "idassign-09: same machine, different ids");
        assertEquals(Map.of("testtarget2", Map.of("ports", 3001L)), lastPerTarget(run09));
        assertEquals(Map.of(), last(run09));

        IdsModel run10 = assigner.assign(machine, distribution3(machine), null, P);
        assertEquals(Map.of("ports", ports(-1, 3000, 3000)), ids(run10), "idassign-10: different machines, same id");
    }

    @Test
    void servicesOnlyScenario() {
        ModelSet all = global(true);
        IdsModel run11 = assigner.assign(all, null, P);
        assertEquals(Map.of("ports", ports(3000, 3001, 3002)), ids(run11), "idassign-11");
        IdsModel idsNix = assigner.assign(all, null, P); // idassign-12

        ModelSet moved = services(true).pool("ports", 2000, 3000, Scope.GLOBAL).build();
        IdsModel run13 = assigner.assign(moved, idsNix, P);
        assertEquals(Map.of("ports", ports(3000, 2000, 2001)), ids(run13), "idassign-13: 3002+1 > 3000 wraps to 2000");

        ModelSet uidsOnly = services(true).pool("uids", 2000, 3000, Scope.GLOBAL).build();
        IdsModel run14 = assigner.assign(uidsOnly, idsNix, P);
        assertFalse(ids(run14).containsKey("ports"), "idassign-14");
        assertFalse(last(run14).containsKey("ports"), "idassign-14: lastAssignments.ports is gone too");

        ModelSet small = services(true).pool("ports", 3000, 3001, Scope.GLOBAL).build();
        PlanningException error = assertThrows(PlanningException.class,
                () -> assigner.assign(small, idsNix, P), "idassign-15");
        assertEquals("The amount of IDs is depleted! (resource 'ports': all 2 ids of 3000..3001 are taken)",
                error.getMessage());
    }
}
