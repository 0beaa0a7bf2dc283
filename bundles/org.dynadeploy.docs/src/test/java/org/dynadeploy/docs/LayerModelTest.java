package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dynadeploy.docs.layer.DocsSettings;
import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerModel;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layer transformation (§7.1) with context (§7.3), checked against dydisnix's worked example (§7.4). */
class LayerModelTest {

    @TempDir
    static Path dir;
    static ServiceGraph graph;

    @BeforeAll
    static void load() throws Exception {
        graph = ServiceGraph.of(Fixtures.workedExample(dir.resolve("worked")));
    }

    /** Nodes as "name" (leaf) or "name*" (group node), in layer order. */
    static List<String> nodes(Layer layer) {
        return layer.nodes().stream().map(n -> n.isGroup() ? n.name() + "*" : n.name()).toList();
    }

    /** Edges as "a->b" (dependsOn) or "a~>b" (connectsTo), by node name. */
    static List<String> edges(Layer layer) {
        Map<String, LayerNode> byId = layer.nodesById();
        return layer.edges().stream().map(e -> byId.get(e.from()).name()
                + (e.kind() == org.dynadeploy.docs.layer.EdgeKind.DEPENDS_ON ? "->" : "~>") + byId.get(e.to()).name()).toList();
    }

    @Test
    void rootShowsRootServicesAndTopGroup() {
        Layer root = LayerModel.build(graph, "");
        assertEquals(List.of("portal", "portaldb", "services*"), nodes(root));
        assertEquals(List.of("portal->portaldb", "portal->services"), edges(root));
        assertFalse(root.hasContext(), "the root has no outside");
    }

    @Test
    void servicesLayerCollapsesSubgroupsAndAddsOutsideDependant() {
        Layer layer = LayerModel.build(graph, "services");
        assertEquals(List.of("errordb", "logging*", "portal", "reporting*"), nodes(layer));
        assertEquals(List.of("logging->errordb", "portal->logging", "portal->reporting", "reporting->errordb"), edges(layer));
        LayerNode portal = layer.nodesById().get("s:portal");
        assertTrue(portal.context(), "portal lies outside 'services'");
        assertFalse(layer.nodesById().get("g:services/logging").context());
    }

    @Test
    void loggingLayerAddsOutsideDependencyAndDependant() {
        Layer layer = LayerModel.build(graph, "services/logging");
        assertEquals(List.of("errordb", "loggingapi", "loggingdb", "portal"), nodes(layer));
        assertEquals(List.of("loggingapi->errordb", "loggingapi->loggingdb", "portal->loggingapi"), edges(layer));
        assertTrue(layer.nodesById().get("s:errordb").context());
    }

    @Test
    void reportingLayerIsAnalogous() {
        Layer layer = LayerModel.build(graph, "services/reporting");
        assertEquals(List.of("errordb", "portal", "reportingapi", "reportingdb"), nodes(layer));
        assertEquals(List.of("portal->reportingapi", "reportingapi->errordb", "reportingapi->reportingdb"), edges(layer));
    }

    @Test
    void withoutCollapsingEveryServiceIsALeaf() {
        Layer layer = LayerModel.build(graph, "services", new LayerModel.Settings(false, true));
        assertEquals(List.of("errordb", "loggingapi", "loggingdb", "portal", "reportingapi", "reportingdb"), nodes(layer));
        assertTrue(edges(layer).contains("portal->loggingapi"));
        assertFalse(edges(layer).contains("portal->portaldb"), "outside dependants keep only edges into what is shown");
    }

    @Test
    void groupTreeHasEveryPathIncludingIntermediateOnes() throws Exception {
        ModelSet models = Fixtures.load(dir.resolve("deep"), Map.of("m.services", """
                group a { group b { group c { service deep : process { } } } }
                group empty "Nothing here" { description "declared, no services" }
                service top : process { dependsOn deep }
                """));
        ServiceGraph g = ServiceGraph.of(models);
        GroupTree tree = GroupTree.of(models, g, DocsSettings.of(models));
        assertEquals(List.of("", "a", "a/b", "a/b/c", "empty"), List.copyOf(tree.paths()));
        assertEquals(1, tree.get("a").totalServices());
        assertEquals(List.of("a/b"), tree.get("a").children());
        assertEquals("Nothing here", tree.get("empty").title());
        // an intermediate group's layer: the sub-group node and the outside dependant
        Layer ab = LayerModel.build(g, "a/b");
        assertEquals(List.of("c*", "top"), nodes(ab));
        assertEquals(List.of("top->c"), edges(ab));
        Layer empty = LayerModel.build(g, "empty");
        assertTrue(empty.nodes().isEmpty());
    }

    @Test
    void groupNodesMergeEdgesDropSelfReferencesAndStayApartByPath() throws Exception {
        ModelSet models = Fixtures.load(dir.resolve("merge"), Map.of("m.services", """
                group x {
                    group c { service c1 : p { dependsOn c2, y1 } service c2 : p { connectsTo y1 } }
                    group y { service y1 : p { dependsOn outsideC } }
                    service inx : p { dependsOn c1, c2 }
                }
                group c { service outsideC : p { } }
                """));
        ServiceGraph g = ServiceGraph.of(models);
        Layer x = LayerModel.build(g, "x");
        // x/c and the top-level c both have the name "c" but are different nodes
        assertEquals(List.of("g:x/c", "g:c", "s:inx", "g:x/y").stream().sorted().toList(),
                x.nodes().stream().map(LayerNode::id).sorted().toList());
        Map<String, List<String>> bySource = x.edges().stream().collect(Collectors.groupingBy(
                e -> e.from(), Collectors.mapping(e -> e.to() + ":" + e.kind().keyword(), Collectors.toList())));
        // c1 and c2 both point into x/y (dependsOn and connectsTo): one edge per kind, no c->c self edge
        assertEquals(List.of("g:x/y:dependsOn", "g:x/y:connectsTo"), bySource.get("g:x/c"));
        assertEquals(List.of("g:x/c:dependsOn"), bySource.get("s:inx"), "c1 and c2 collapse into one edge");
        assertEquals(List.of("g:c:dependsOn"), bySource.get("g:x/y"));
    }
}
