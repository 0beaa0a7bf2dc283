package org.dynadeploy.planner.ids;

import static org.dynadeploy.planner.ids.IdsTestSupport.ids;
import static org.dynadeploy.planner.ids.IdsTestSupport.last;
import static org.dynadeploy.planner.ids.IdsTestSupport.lastPerTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class IdAssignerTest {

    private final IdAssigner assigner = new IdAssigner();

    private static TestModels services(int count) {
        TestModels models = new TestModels();
        for (int i = 0; i < count; i++) models.service("s" + i).ids("ports");
        models.target("t1");
        models.target("t2");
        return models;
    }

    private static IdsModel previous(Map<String, Long> ports, Long lastPort) {
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        ResourceIds resource = ModelFactory.eINSTANCE.createResourceIds();
        resource.setResource("ports");
        ports.forEach((service, id) -> {
            var assignment = ModelFactory.eINSTANCE.createIdAssignment();
            assignment.setService(service);
            assignment.setValue(id);
            resource.getAssignments().add(assignment);
        });
        model.getResources().add(resource);
        if (lastPort != null) {
            var last = ModelFactory.eINSTANCE.createLastAssignment();
            last.setResource("ports");
            last.setValue(lastPort);
            model.getLastAssignments().add(last);
        }
        return model;
    }

    @Test
    void aStepThatCannotReachAFreeIdFailsInsteadOfLooping() {
        ModelSet models = services(7).pool("ports", 3000, 3010, Scope.GLOBAL, 2).build();
        PlanningException error = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                PlanningException.class, () -> assigner.assign(models, null, null)));
        assertEquals("The amount of IDs is depleted! (resource 'ports': every id reachable from 3000 in steps of 2 up to"
                + " 3010 is taken)", error.getMessage());
        ModelSet six = services(6).pool("ports", 3000, 3010, Scope.GLOBAL, 2).build();
        assertEquals(Map.of("s0", 3000L, "s1", 3002L, "s2", 3004L, "s3", 3006L, "s4", 3008L, "s5", 3010L),
                ids(assigner.assign(six, null, null)).get("ports"));
    }

    @Test
    void aCursorBelowAMovedPoolStartsAtItsMinimum() {
        ModelSet models = services(1).pool("ports", 3000, 4000, Scope.GLOBAL).build();
        // dydisnix would hand out 101, outside the pool.
        assertEquals(Map.of("s0", 3000L), ids(assigner.assign(models, previous(Map.of(), 100L),
                null)).get("ports"));
    }

    @Test
    void aServiceOnTwoTargetsLosesItsIdEveryRun() {
        ModelSet models = services(1).pool("ports", 3000, 4000, Scope.GLOBAL).build();
        DistributionModel twice = TestModels.distribution(models, "s0", List.of("t1", "t2"));
        IdsModel first = assigner.assign(models, twice, null, null);
        IdsModel second = assigner.assign(models, twice, first, null);
        assertEquals(Map.of("s0", 3000L), ids(first).get("ports"));
        assertEquals(Map.of("s0", 3001L), ids(second).get("ports"));
    }

    @Test
    void machineScopeGivesAServiceOnTwoTargetsItsIdOnTheFirst() {
        ModelSet models = services(2).pool("ports", 3000, 4000, Scope.MACHINE).build();
        DistributionModel distribution = TestModels.distribution(models, "s0", List.of("t2", "t1"), "s1", List.of("t2"));
        IdsModel result = assigner.assign(models, distribution, null, null);
        assertEquals(Map.of("s0", 3000L, "s1", 3001L), ids(result).get("ports"));
        assertEquals(Map.of("t1", Map.of("ports", 3000L), "t2", Map.of("ports", 3001L)), lastPerTarget(result));
    }

    @Test
    void machineScopeNeedsADistribution() {
        ModelSet models = services(1).pool("ports", 3000, 4000, Scope.MACHINE).build();
        assertEquals("Unknown scope: machine (resource 'ports' has machine scope, which needs a distribution; without one"
                + " only global scope works)", assertThrows(PlanningException.class,
                        () -> assigner.assign(models, null, null)).getMessage());
    }

    @Test
    void collidingRetainedIdsAreReassigned() {
        ModelSet models = services(2).pool("ports", 3000, 4000, Scope.GLOBAL).build();
        // e.g. produced under machine scope, now global: dydisnix keeps both at 3000.
        IdsModel result = assigner.assign(models, previous(Map.of("s0", 3000L, "s1", 3000L),
                3000L), null);
        assertEquals(Map.of("s0", 3000L, "s1", 3001L), ids(result).get("ports"));
    }

    @Test
    void machineScopedIdsStayUniquePerTargetAfterAMove() {
        ModelSet models = services(2).pool("ports", 3000, 4000, Scope.MACHINE).build();
        IdsModel before = assigner.assign(models, TestModels.distribution(models, "s0", List.of("t1"), "s1",
                List.of("t2")), null, null);
        assertEquals(Map.of("s0", 3000L, "s1", 3000L), ids(before).get("ports"));
        IdsModel after = assigner.assign(models, TestModels.distribution(models, "s0", List.of("t1"), "s1",
                List.of("t1")), before, null);
        assertEquals(Map.of("s0", 3000L, "s1", 3001L), ids(after).get("ports"));
        assertEquals(Map.of("t1", Map.of("ports", 3001L)), lastPerTarget(after), "t2 has no services any more");
    }

    @Test
    void anotherServicePropertyCanListTheResources() {
        TestModels models = new TestModels();
        models.service("a").prop("needs", List.of("uids")).ids("ports");
        models.service("b").prop("needs", "uids"); // not a list: requires nothing
        ModelSet set = models.pool("uids", 1, 10, Scope.GLOBAL).pool("ports", 1, 10, Scope.GLOBAL).build();
        IdsModel result = assigner.assign(set, null, "needs");
        assertEquals(Map.of("ports", Map.of(), "uids", Map.of("a", 1L)), ids(result));
    }

    @Test
    void thePreviousModelIsNeverModified() {
        ModelSet models = services(2).pool("ports", 3000, 3001, Scope.GLOBAL).build();
        IdsModel previous = previous(Map.of("s0", 5L, "gone", 3000L), 3001L);
        TargetLastAssignments target = ModelFactory.eINSTANCE.createTargetLastAssignments();
        target.setTarget("t9");
        previous.getTargets().add(target);
        IdsModel copy = EcoreUtil.copy(previous);
        IdsModel result = assigner.assign(models, previous, null);
        assertTrue(EcoreUtil.equals(copy, previous));
        assertNotEquals(previous, result);
        assertEquals(Map.of("s0", 3000L, "s1", 3001L), ids(result).get("ports"));
        assertEquals(Map.of("ports", 3001L), last(result));
    }

    @Test
    void aZeroStepMeansOne() {
        ModelSet models = services(2).pool("ports", 1, 10, Scope.GLOBAL, 0).build();
        assertEquals(Map.of("s0", 1L, "s1", 2L), ids(assigner.assign(models, null, null))
                .get("ports"));
    }

    @Test
    void aServiceOnTwoTargetsGetsAnIdFreeOnBoth() {
        ModelSet models = services(3).pool("ports", 3000, 4000, Scope.MACHINE).build();
        IdsModel before = assigner.assign(models, TestModels.distribution(models, "s0", List.of("t1"), "s1",
                List.of("t2"), "s2", List.of("t2")), null, null);
        assertEquals(Map.of("s0", 3000L, "s1", 3000L, "s2", 3001L), ids(before).get("ports"));
        // s0 now also runs on t2, where 3000 and 3001 are kept by s1 and s2; dydisnix would give s0
        // t1's next id, 3001, and collide with s2 on t2.
        IdsModel after = assigner.assign(models, TestModels.distribution(models, "s0", List.of("t1", "t2"), "s1",
                List.of("t2"), "s2", List.of("t2")), before, null);
        assertEquals(Map.of("s0", 3002L, "s1", 3000L, "s2", 3001L), ids(after).get("ports"));
    }
}
