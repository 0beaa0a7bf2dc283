package org.dynadeploy.diagram.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.layout.GModelLayout;
import org.dynadeploy.diagram.layout.Notation;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GShapeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GModel of the three diagrams on the examples: element types, ids, nesting and geometry. */
class DiagramStructureTest {

    @TempDir
    Path folder;

    private GGraph diagram(String type, Path models) {
        try (FolderDiagramSource source = new FolderDiagramSource(models)) {
            return source.read(s -> Diagrams.buildAndLayout(type, s.models(), Map.of(), new GModelLayout(), Notation.EMPTY));
        }
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

    static List<String> childIds(GModelElement element) {
        return element.getChildren().stream().map(GModelElement::getId).toList();
    }

    static List<GModelElement> all(GModelElement root) {
        List<GModelElement> result = new ArrayList<>();
        result.add(root);
        for (GModelElement child : root.getChildren()) {
            result.addAll(all(child));
        }
        return result;
    }

    private static GCompartment compartment(GModelElement root, String nodeId) {
        return (GCompartment) find(root, nodeId + "#comp");
    }

    @Test
    void architectureOfHomeworkNestsGroupsAndServices() {
        GGraph graph = diagram(DiagramTypes.ARCHITECTURE, TestModels.homework(folder));
        assertEquals("graph", graph.getType());
        assertEquals(ElementTypes.ROOT_ID, graph.getId());
        List<String> top = childIds(graph).stream().filter(id -> !id.contains("->")).toList();
        assertEquals(List.of("group:homework", "group:literature", "service:portal", "service:usersdb"), top);
        GNode homework = (GNode) find(graph, "group:homework");
        assertEquals(ElementTypes.GROUP, homework.getType());
        assertEquals(List.of("group:homework#heading", "group:homework#comp"), childIds(homework));
        assertEquals(ElementTypes.HEADING, find(graph, "group:homework#heading").getType());
        assertEquals(ElementTypes.GROUP_COMPARTMENT, find(graph, "group:homework#comp").getType());
        assertEquals(List.of("group:homework/grading", "group:homework/storage", "service:homework"),
                childIds(compartment(graph, "group:homework")));
        assertEquals(List.of("service:grader", "service:plagiarismcheck"), childIds(compartment(graph, "group:homework/grading")));
        assertEquals(List.of("group:literature/search", "service:literature", "service:literaturedb"),
                childIds(compartment(graph, "group:literature")));
        GNode grader = (GNode) find(graph, "service:grader");
        assertEquals(ElementTypes.SERVICE, grader.getType());
        assertEquals(List.of("service:grader#name", "service:grader#type"), childIds(grader));
        assertEquals("grader", ((GLabel) find(graph, "service:grader#name")).getText());
        assertEquals("process", ((GLabel) find(graph, "service:grader#type")).getText());
        assertEquals(ElementTypes.NAME, find(graph, "service:grader#name").getType());
        assertEquals(ElementTypes.TYPE, find(graph, "service:grader#type").getType());
        assertEquals("homework/grading", grader.getArgs().get("group"));
        assertTrue(((GNode) find(graph, "service:usersdb")).getCssClasses().contains("stateful"));

        Set<String> edges = new HashSet<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                edges.add(edge.getId());
                assertTrue(edge.getType().equals(ElementTypes.DEPENDS_ON) || edge.getType().equals(ElementTypes.CONNECTS_TO));
                assertNotNull(find(graph, edge.getSourceId()));
                assertNotNull(find(graph, edge.getTargetId()));
            }
        }
        assertTrue(edges.contains("dependsOn:portal->usersdb"));
        assertTrue(edges.contains("connectsTo:portal->homework"));
        assertTrue(edges.contains("dependsOn:grader->homeworkdb"));
        assertTrue(edges.contains("connectsTo:plagiarismcheck->searchapi"));
        GEdge inner = (GEdge) find(graph, "dependsOn:searchapi->searchindex");
        assertEquals(ElementTypes.DEPENDS_ON, inner.getType());
        assertEquals("service:searchapi", inner.getSourceId());
        assertEquals("service:searchindex", inner.getTargetId());
        assertFalse(inner.getRoutingPoints().isEmpty(), "an edge inside one group is routed by ELK");
        GEdge across = (GEdge) find(graph, "dependsOn:grader->usersdb");
        assertTrue(across.getRoutingPoints().size() >= 2, "an edge across groups follows the route between its boxes");
        assertGeometry(graph);
    }

    @Test
    void architectureOfStafftracker() {
        GGraph graph = diagram(DiagramTypes.ARCHITECTURE, TestModels.stafftracker(folder));
        assertEquals(List.of("group:databases", "group:services", "service:stafftracker"),
                childIds(graph).stream().filter(id -> !id.contains("->")).toList());
        assertEquals(List.of("service:rooms", "service:staff", "service:zipcodes"), childIds(compartment(graph, "group:databases")));
        assertNotNull(find(graph, "dependsOn:stafftracker->roomservice"));
        assertNotNull(find(graph, "dependsOn:roomservice->rooms"));
        assertGeometry(graph);
    }

    @Test
    void deploymentOfHomeworkPutsServicesInTheirTargets() {
        GGraph graph = diagram(DiagramTypes.DEPLOYMENT, TestModels.homework(folder));
        assertEquals(List.of("target:dbserver", "target:webserver", "target:worker"), childIds(graph));
        assertEquals("deploy.dist", graph.getArgs().get("distribution"));
        GNode web = (GNode) find(graph, "target:webserver");
        assertEquals(ElementTypes.TARGET, web.getType());
        assertEquals(List.of("target:webserver#heading", "target:webserver#comp"), childIds(web));
        assertEquals(ElementTypes.TARGET_COMPARTMENT, find(graph, "target:webserver#comp").getType());
        assertEquals(List.of("container:webserver/apache-webapplication", "container:webserver/process",
                "deployed:webserver/homework", "deployed:webserver/literature", "deployed:webserver/portal",
                "deployed:webserver/searchapi"), childIds(compartment(graph, "target:webserver")));
        GNode deployed = (GNode) find(graph, "deployed:worker/searchapi");
        assertEquals(ElementTypes.DEPLOYED, deployed.getType());
        assertEquals(List.of("deployed:worker/searchapi#name"), childIds(deployed));
        assertEquals("searchapi", deployed.getArgs().get("service"));
        assertEquals("worker", deployed.getArgs().get("target"));
        assertEquals("mysql-database", ((GNode) find(graph, "deployed:dbserver/usersdb")).getArgs().get("container"));
        GNode container = (GNode) find(graph, "container:dbserver/mysql-database");
        assertEquals(ElementTypes.CONTAINER, container.getType());
        assertEquals(List.of("container:dbserver/mysql-database#name"), childIds(container));
        assertEquals(ElementTypes.NAME, find(graph, "container:dbserver/mysql-database#name").getType());
        assertGeometry(graph);
    }

    @Test
    void deploymentWithoutADistributionShowsTheTargets() {
        GGraph graph = diagram(DiagramTypes.DEPLOYMENT, TestModels.copy("stafftracker", folder));
        assertEquals(List.of("target:test1", "target:test2"), childIds(graph));
        assertFalse(graph.getArgs().containsKey("distribution"));
        assertTrue(all(graph).stream().noneMatch(e -> ElementTypes.DEPLOYED.equals(e.getType())));
    }

    @Test
    void infrastructureOfStafftrackerListsKeyPropertiesAndContainers() {
        GGraph graph = diagram(DiagramTypes.INFRASTRUCTURE, TestModels.stafftracker(folder));
        assertEquals(List.of("target:test1", "target:test2"), childIds(graph));
        List<String> test1 = childIds(compartment(graph, "target:test1"));
        assertEquals(List.of("target:test1#prop:system", "target:test1#prop:cores", "target:test1#prop:hostname",
                "target:test1#prop:mem", "target:test1#prop:supportedTypes", "target:test1#prop:zone", "target:test1#prop:cost",
                "container:test1/mysql-database", "container:test1/tomcat-webapplication", "container:test1/process"), test1);
        GLabel system = (GLabel) find(graph, "target:test1#prop:system");
        assertEquals(ElementTypes.PROPERTY, system.getType());
        assertEquals("system = \"x86_64-linux\"", system.getText());
        assertEquals("supportedTypes = [\"process\", \"tomcat-webapplication\", \"mysql-database\"]",
                ((GLabel) find(graph, "target:test1#prop:supportedTypes")).getText());
        assertGeometry(graph);
    }

    @Test
    void infrastructureOfHomework() {
        GGraph graph = diagram(DiagramTypes.INFRASTRUCTURE, TestModels.homework(folder));
        assertEquals(List.of("target:dbserver", "target:webserver", "target:worker"), childIds(graph));
        assertEquals("cores = 8", ((GLabel) find(graph, "target:worker#prop:cores")).getText());
        assertGeometry(graph);
    }

    /** Every shape sized, children inside their parents, siblings apart, labels inside their node. */
    static void assertGeometry(GModelElement root) {
        for (GModelElement element : all(root)) {
            if (element instanceof GShapeElement shape && !(element instanceof GGraph)) {
                assertNotNull(shape.getSize(), element.getId());
                assertNotNull(shape.getPosition(), element.getId());
                if (!(element instanceof GLabel) || !((GLabel) element).getText().isEmpty()) {
                    assertTrue(shape.getSize().getWidth() > 0 && shape.getSize().getHeight() > 0, element.getId() + " has no size");
                }
                if (element.getParent() instanceof GShapeElement parent && !(parent instanceof GGraph)) {
                    assertTrue(shape.getPosition().getX() >= 0 && shape.getPosition().getY() >= 0, element.getId());
                    assertTrue(shape.getPosition().getX() + shape.getSize().getWidth() <= parent.getSize().getWidth() + 0.5,
                            element.getId() + " sticks out of " + parent.getId());
                    assertTrue(shape.getPosition().getY() + shape.getSize().getHeight() <= parent.getSize().getHeight() + 0.5,
                            element.getId() + " sticks out of " + parent.getId());
                }
            }
            List<GShapeElement> nodes = element.getChildren().stream()
                    .filter(c -> c instanceof GNode).map(c -> (GShapeElement) c).toList();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
                }
            }
        }
    }

    private static boolean overlap(GShapeElement a, GShapeElement b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
    }
}
