package org.dynadeploy.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.IssueAssertions;
import org.dynadeploy.lang.testing.Workspace;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.ServiceMapping;
import org.junit.jupiter.api.Test;

/** Id resources, distributions and ids: the languages of (mostly) generated models. */
class ResultModelsParsingTest {

    @Test
    void idResourcePools() {
        Workspace workspace = new Workspace().file("pools.idres", ExampleModels.text("pools.idres"));
        IssueAssertions.assertClean(workspace.issues("pools.idres"));
        List<IdResource> pools = workspace.root("pools.idres", IdResourcesModel.class).getResources();
        assertEquals(3000, pools.get(0).getMin());
        assertEquals(4000, pools.get(0).getMax());
        assertEquals(Scope.GLOBAL, pools.get(0).getScope());
        assertEquals(2, pools.get(0).getStep());
        assertEquals(Scope.MACHINE, pools.get(1).getScope());
        assertEquals(1, pools.get(2).getStep(), "step defaults to 1");
        assertEquals(Scope.GLOBAL, pools.get(2).getScope(), "scope defaults to global");
    }

    @Test
    void negativeBoundsParse() {
        Workspace workspace = new Workspace().file("p.idres", "pool odd -10..-1 step 3");
        IdResource pool = workspace.root("p.idres", IdResourcesModel.class).getResources().get(0);
        assertEquals(-10, pool.getMin());
        assertEquals(-1, pool.getMax());
    }

    @Test
    void distributionMappings() {
        Workspace workspace = ExampleModels.workspace();
        List<ServiceMapping> mappings = workspace.root("distribution.dist", DistributionModel.class).getMappings();
        ServiceMapping rooms = mappings.get(0);
        assertEquals("rooms", rooms.getService().getName());
        assertFalse(rooms.isPinned());
        assertEquals("test1", rooms.getTargets().get(0).getTarget().getName());
        assertEquals("tomcat-webapplication", rooms.getTargets().get(0).getContainer());
        assertNull(rooms.getTargets().get(1).getContainer());
        assertTrue(mappings.get(1).isPinned());
        assertEquals("test2", mappings.get(2).getTargets().get(0).getTarget().getName());
        assertTrue(mappings.get(3).getTargets().isEmpty(), "'nothing' is an empty list of targets");
    }

    @Test
    void idsAssignmentsAndLastAssignments() {
        Workspace workspace = new Workspace().file("ids.ids", ExampleModels.text("ids.ids"));
        IdsModel ids = workspace.root("ids.ids", IdsModel.class);
        assertEquals("ports", ids.getResources().get(0).getResource());
        assertEquals("stafftracker", ids.getResources().get(0).getAssignments().get(1).getService());
        assertEquals(3002, ids.getResources().get(0).getAssignments().get(1).getValue());
        assertEquals(List.of("ports", "uids"), ids.getLastAssignments().stream().map(l -> l.getResource()).toList());
        assertEquals("test1", ids.getTargets().get(0).getTarget());
        assertEquals(2000, ids.getTargets().get(0).getLastAssignments().get(0).getValue());
    }

    @Test
    void mappingSyntaxErrors() {
        Workspace workspace = new Workspace().file("d.dist", "rooms => ");
        assertFalse(workspace.resource("d.dist").getErrors().isEmpty());
    }
}
