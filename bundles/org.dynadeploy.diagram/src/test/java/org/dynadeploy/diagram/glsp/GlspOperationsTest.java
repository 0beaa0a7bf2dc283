package org.dynadeploy.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.edit.EditFixture;
import org.dynadeploy.diagram.layout.NotationStore;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GShapeElement;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CompoundOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CutOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation kind through the real GLSP server (in-process): the operation goes in, the
 * model files change, and the diagram that comes back shows the change; refusals come back as
 * messages with the diagram sent again.
 */
class GlspOperationsTest {

    @TempDir
    Path folder;

    EditFixture model;
    DiagramContext context;
    GlspHarness glsp;
    GModelRoot architecture;

    @BeforeEach
    void setUp() throws Exception {
        model = new EditFixture(folder);
        context = new DiagramContext(model.source, new NotationStore(folder));
        glsp = new GlspHarness(context);
        architecture = glsp.open("arch", DiagramTypes.ARCHITECTURE, Map.of());
    }

    @AfterEach
    void tearDown() {
        glsp.close();
        context.close();
        model.close();
    }

    static GModelElement find(GModelElement root, String id) {
        if (id.equals(root.getId())) {
            return root;
        }
        for (GModelElement child : root.getChildren()) {
            GModelElement found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private GModelRoot apply(Operation operation) throws InterruptedException {
        return glsp.update("arch", operation);
    }

    /** Sends an operation that must be refused: returns the message, after checking the diagram came again. */
    private String refused(String client, Operation operation) throws InterruptedException {
        glsp.received.clear();
        glsp.send(client, operation);
        List<Action> actions = glsp.drain(client, 1500);
        assertTrue(actions.stream().anyMatch(UpdateModelAction.class::isInstance), "the diagram is sent again: " + actions);
        assertTrue(actions.stream().anyMatch(StatusAction.class::isInstance), "a status: " + actions);
        MessageAction message = (MessageAction) actions.stream().filter(MessageAction.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no message in " + actions));
        assertTrue(message.getSeverity().equals(Severity.toString(Severity.WARNING))
                || message.getSeverity().equals(Severity.toString(Severity.ERROR)), message.getSeverity());
        return message.getMessage();
    }

    @Test
    void theOpenedDiagramIsLaidOut() {
        GNode a = (GNode) find(architecture, "service:a");
        assertNotNull(a);
        assertTrue(a.getSize().getWidth() > 0);
        assertNotNull(find(architecture, "group:g/h"));
        assertNotNull(find(architecture, "dependsOn:a->b"));
    }

    @Test
    void createNodeAddsAServiceToTheGroupItWasDroppedIn() throws Exception {
        GModelRoot root = apply(new CreateNodeOperation(ElementTypes.SERVICE, GraphUtil.point(10, 10), "group:g/h#comp"));
        GNode created = (GNode) find(root, "service:service1");
        assertNotNull(created);
        assertEquals("group:g/h#comp", created.getParent().getId());
        assertTrue(model.text("app.services").contains("        service service1 {\n        }\n"));
        root = apply(new CreateNodeOperation(ElementTypes.SERVICE, GraphUtil.point(10, 10), ElementTypes.ROOT_ID));
        assertEquals(ElementTypes.ROOT_ID, find(root, "service:service2").getParent().getId());
    }

    @Test
    void createEdgeAddsTheReference() throws Exception {
        GModelRoot root = apply(new CreateEdgeOperation(ElementTypes.CONNECTS_TO, "service:b", "service:c"));
        GEdge edge = (GEdge) find(root, "connectsTo:b->c");
        assertNotNull(edge);
        assertEquals(ElementTypes.CONNECTS_TO, edge.getType());
        assertTrue(model.text("app.services").contains("service b: process {\n    connectsTo c\n}"));
    }

    @Test
    void aCycleIsRefusedWithAMessage() throws Exception {
        String message = refused("arch", new CreateEdgeOperation(ElementTypes.DEPENDS_ON, "service:b", "service:a"));
        assertTrue(message.contains("cycle"), message);
        assertEquals(EditFixture.SERVICES, model.text("app.services"));
    }

    @Test
    void deleteRemovesEdgesAndServices() throws Exception {
        GModelRoot root = apply(new DeleteOperation(List.of("dependsOn:a->b")));
        assertNull(find(root, "dependsOn:a->b"));
        assertFalse(model.text("app.services").contains("dependsOn b"));
        root = apply(new DeleteOperation(List.of("service:b#name")));
        assertNull(find(root, "service:b"));
        assertFalse(model.text("deploy.dist").contains("b =>"));
    }

    @Test
    void deletingAGroupWithServicesIsRefused() throws Exception {
        String message = refused("arch", new DeleteOperation(List.of("group:g")));
        assertTrue(message.contains("not empty"), message);
    }

    @Test
    void labelEditRenamesTheServiceEverywhereAndKeepsItsPlace() throws Exception {
        apply(new ChangeBoundsOperation(List.of(bounds("service:a", 300, 40))));
        GModelRoot root = apply(new ApplyLabelEditOperation("service:a#name", "frontend"));
        GNode renamed = (GNode) find(root, "service:frontend");
        assertNotNull(renamed);
        assertEquals("frontend", ((GLabel) find(root, "service:frontend#name")).getText());
        assertEquals(300, renamed.getPosition().getX());
        assertNotNull(find(root, "connectsTo:d->frontend"));
        assertTrue(model.text("deploy.dist").startsWith("frontend =>"));
    }

    @Test
    void changeContainerMovesTheServiceText() throws Exception {
        GModelRoot root = apply(new ChangeContainerOperation("service:b", "group:g#comp"));
        assertEquals("group:g#comp", find(root, "service:b").getParent().getId());
        assertTrue(model.text("app.services").contains("    service b: process {\n    }\n}"));
        root = apply(new ChangeContainerOperation("service:b", ElementTypes.ROOT_ID));
        assertEquals(ElementTypes.ROOT_ID, find(root, "service:b").getParent().getId());
    }

    @Test
    void reconnectMovesTheReference() throws Exception {
        GModelRoot root = apply(new ReconnectEdgeOperation("dependsOn:a->b", "service:a", "service:c"));
        assertNull(find(root, "dependsOn:a->b"));
        assertNotNull(find(root, "dependsOn:a->c"));
        assertTrue(model.text("app.services").contains("dependsOn c // the backend"));
    }

    @Test
    void boundsAndRoutesGoToTheSidecarOnlyAndLayoutForgetsThem() throws Exception {
        String before = model.text("app.services");
        ChangeRoutingPointsOperation route = new ChangeRoutingPointsOperation(List.of(
                new ElementAndRoutingPoints("dependsOn:a->b", List.of(GraphUtil.point(1, 2), GraphUtil.point(3, 4)))));
        CompoundOperation move = new CompoundOperation();
        move.setOperationList(List.of(new ChangeBoundsOperation(List.of(bounds("service:b", 500, 60))), route));
        GModelRoot root = apply(move);
        assertEquals(500, ((GShapeElement) find(root, "service:b")).getPosition().getX());
        assertEquals(2, ((GEdge) find(root, "dependsOn:a->b")).getRoutingPoints().size());
        assertEquals(before, model.text("app.services"));
        Path sidecar = folder.resolve(".dynadeploy/" + DiagramTypes.ARCHITECTURE + ".notation.json");
        assertTrue(Files.readString(sidecar).contains("\"service:b\""));
        // one operation, one undo step
        root = glsp.update("arch", new UndoAction());
        assertTrue(((GShapeElement) find(root, "service:b")).getPosition().getX() != 500);
        assertTrue(((GEdge) find(root, "dependsOn:a->b")).getRoutingPoints().size() != 2
                || ((GEdge) find(root, "dependsOn:a->b")).getRoutingPoints().get(0).getX() != 1);
        root = glsp.update("arch", new RedoAction());
        assertEquals(500, ((GShapeElement) find(root, "service:b")).getPosition().getX());
        root = apply(new LayoutOperation());
        assertTrue(((GShapeElement) find(root, "service:b")).getPosition().getX() != 500);
        assertFalse(Files.readString(sidecar).contains("\"service:b\""));
    }

    @Test
    void undoAndRedoRestoreTheText() throws Exception {
        apply(new CreateNodeOperation(ElementTypes.SERVICE, GraphUtil.point(10, 10), ElementTypes.ROOT_ID));
        assertNotEquals(EditFixture.SERVICES, model.text("app.services"));
        GModelRoot root = glsp.update("arch", new UndoAction());
        assertNull(find(root, "service:service1"));
        assertEquals(EditFixture.SERVICES, model.text("app.services"));
        root = glsp.update("arch", new RedoAction());
        assertNotNull(find(root, "service:service1"));
    }

    @Test
    void undoAfterAnOutsideEditIsRefused() throws Exception {
        apply(new CreateNodeOperation(ElementTypes.SERVICE, GraphUtil.point(10, 10), ElementTypes.ROOT_ID));
        TestModels.write(folder.resolve("app.services"), model.text("app.services") + "\nservice outside {\n}\n");
        glsp.received.clear();
        glsp.send("arch", new UndoAction());
        List<Action> actions = glsp.drain("arch", 1500);
        MessageAction message = (MessageAction) actions.stream().filter(MessageAction.class::isInstance).findFirst().orElseThrow();
        assertTrue(message.getMessage().contains("changed outside"), message.getMessage());
        assertTrue(model.text("app.services").contains("service outside"));
    }

    @Test
    void clipboardOperationsAreRefusedWithAMessage() throws Exception {
        assertTrue(refused("arch", new PasteOperation()).contains("Paste"));
        assertTrue(refused("arch", new CutOperation()).contains("Cut"));
    }

    @Test
    void otherDiagramsFollowEditsLive() throws Exception {
        glsp.open("deploy", DiagramTypes.DEPLOYMENT, Map.of());
        glsp.received.clear();
        glsp.send("arch", new ApplyLabelEditOperation("service:a#name", "frontend"));
        assertNotNull(awaitElement("deploy", "deployed:t1/frontend"));
        // an edit in a text editor reaches the diagrams too
        TestModels.write(folder.resolve("app.services"), model.text("app.services").replace("service b: process", "service bee: process")
                .replace("dependsOn b ", "dependsOn bee ").replace("\n", "\n"));
        TestModels.write(folder.resolve("deploy.dist"), model.text("deploy.dist").replace("b =>", "bee =>"));
        glsp.received.clear();
        model.source.checkForExternalChanges();
        assertNotNull(awaitElement("arch", "service:bee"));
    }

    /** Waits for a diagram update (of the client) showing the element; updates of earlier changes may come first. */
    private GModelElement awaitElement(String client, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20000;
        while (System.currentTimeMillis() < deadline) {
            GModelRoot root = glsp.await(client, UpdateModelAction.class).getNewRoot();
            GModelElement found = find(root, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void deploymentDiagramMovesAndRemovesDeployments() throws Exception {
        glsp.open("deploy", DiagramTypes.DEPLOYMENT, Map.of());
        GModelRoot root = glsp.update("deploy", new ChangeContainerOperation("deployed:t1/a", "target:t2#comp"));
        assertNotNull(find(root, "deployed:t2/a"));
        assertNull(find(root, "deployed:t1/a"));
        assertEquals("pin a => t2 in process\npin b => t2\nc => t1 in mysql-database, t2\n", model.text("deploy.dist"));
        root = glsp.update("deploy", new ChangeContainerOperation("deployed:t1/c", "container:t1/process"));
        assertTrue(model.text("deploy.dist").contains("pin c => t1 in process, t2"), model.text("deploy.dist"));
        root = glsp.update("deploy", new DeleteOperation(List.of("deployed:t1/c", "deployed:t2/c")));
        assertNull(find(root, "deployed:t2/c"));
        assertEquals("pin a => t2 in process\npin b => t2\n", model.text("deploy.dist"));
        String message = refused("deploy", new DeleteOperation(List.of("target:t1")));
        assertTrue(message.contains(".infra"), message);
        message = refused("deploy", new CreateNodeOperation(ElementTypes.SERVICE, GraphUtil.point(1, 1), ElementTypes.ROOT_ID));
        assertTrue(message.contains("architecture"), message);
    }

    @Test
    void infrastructureDiagramRenamesTargets() throws Exception {
        glsp.open("infra", DiagramTypes.INFRASTRUCTURE, Map.of());
        GModelRoot root = glsp.update("infra", new ApplyLabelEditOperation("target:t1#heading", "alpha"));
        assertNotNull(find(root, "target:alpha"));
        assertTrue(model.text("deploy.dist").startsWith("a => alpha in process"));
        String message = refused("infra", new ApplyLabelEditOperation("container:alpha/process#name", "x"));
        assertTrue(message.contains("Cannot rename"), message);
    }

    private static ElementAndBounds bounds(String id, double x, double y) {
        ElementAndBounds bounds = new ElementAndBounds();
        bounds.setElementId(id);
        bounds.setNewPosition(GraphUtil.point(x, y));
        bounds.setNewSize(GraphUtil.dimension(10, 10));
        return bounds;
    }

    private static void assertNotEquals(Object a, Object b) {
        assertFalse(a.equals(b));
    }
}
