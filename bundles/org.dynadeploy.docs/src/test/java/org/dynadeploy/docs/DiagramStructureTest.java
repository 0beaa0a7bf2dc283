package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerEdge;
import org.dynadeploy.docs.layer.LayerModel;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.docs.layout.DiagramLayout.Box;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SVG diagrams of a catalog against their layers: every node and edge is drawn, every node
 * is a link, no two boxes overlap, edges start and end on their boxes, title and legend exist.
 */
class DiagramStructureTest {

    @TempDir
    Path dir;

    @Test
    void workedExampleDiagrams() throws Exception {
        ModelSet models = Fixtures.workedExample(dir.resolve("m"));
        checkCatalog(models, dir.resolve("out"));
    }

    @Test
    void homeworkDiagrams() throws Exception {
        checkCatalog(Fixtures.loadFolder(Fixtures.EXAMPLES.resolve("homework")), dir.resolve("out"));
    }

    @Test
    void stafftrackerDiagrams() throws Exception {
        checkCatalog(Fixtures.loadFolder(Fixtures.EXAMPLES.resolve("stafftracker")), dir.resolve("out"));
    }

    @Test
    void syntheticModelWithManyNodesHasNoOverlaps() throws Exception {
        ModelSet models = org.dynadeploy.docs.bench.SyntheticModels.model(300, 12, 2, 7);
        checkCatalog(models, dir.resolve("out"));
    }

    @Test
    void layersAboveTheDrawingLimitSayWhyInsteadOfDrawing() throws Exception {
        ModelSet models = Fixtures.workedExample(dir.resolve("m"));
        var catalog = org.dynadeploy.docs.site.Catalog.of(models, null, null);
        var style = org.dynadeploy.docs.render.DiagramStyle.defaults();
        var diagram = new org.dynadeploy.docs.render.LayerDiagram(catalog,
                org.dynadeploy.docs.layout.LayoutOptions.defaults().withMaxNodes(2), style)
                .place(LayerModel.build(catalog.graph(), ""));
        assertEquals(3, diagram.omitted());
        Path file = dir.resolve("omitted.svg");
        java.nio.file.Files.writeString(file, new org.dynadeploy.docs.render.ServicesSvg(style).write(diagram, true));
        Document svg = SiteChecker.parse(file);
        assertTrue(svg.getDocumentElement().getTextContent().contains("3 services and groups are too many to draw"));
        assertEquals(0, SiteChecker.byClass(svg, "dd-node").size());
    }

    private static void checkCatalog(ModelSet models, Path out) throws Exception {
        DocsResult result = DocsGenerator.generate(models, DocsOptions.of(out));
        SiteChecker site = new SiteChecker(out);
        site.checkLinks();
        ServiceGraph graph = ServiceGraph.of(models);
        for (String file : result.files()) {
            if (!file.endsWith("diagram.svg")) continue;
            String dirPart = file.substring(0, file.length() - "diagram.svg".length());
            String group = groupOf(graph, models, dirPart);
            Layer layer = LayerModel.build(graph, group);
            checkDiagram(site.document(file), layer, file, graph);
            // the page shows the same diagram inline
            Document page = site.document(dirPart + "index.html");
            assertEquals(layer.nodes().size(), SiteChecker.byClass(page, "dd-node").size(), file);
        }
    }

    /** Finds the group whose directory is this (the catalog's own mapping, reversed by search). */
    private static String groupOf(ServiceGraph graph, ModelSet models, String dirWithSlash) {
        String wanted = dirWithSlash.isEmpty() ? "" : dirWithSlash.substring(0, dirWithSlash.length() - 1);
        var tree = org.dynadeploy.docs.layer.GroupTree.of(models, graph, org.dynadeploy.docs.layer.DocsSettings.of(models));
        for (String path : tree.paths()) {
            if (org.dynadeploy.docs.site.SafePaths.dir(path).equals(wanted)) return path;
        }
        throw new AssertionError("no group for directory " + wanted);
    }

    static void checkDiagram(Document svg, Layer layer, String file, ServiceGraph graph) {
        String fromDir = org.dynadeploy.docs.site.SafePaths.dir(layer.group());
        Map<String, Box> boxes = new TreeMap<>();
        for (Element node : SiteChecker.byClass(svg, "dd-node")) {
            String id = node.getAttribute("data-node");
            Element rect = SiteChecker.first(node, "rect");
            boxes.put(id, new Box(id, d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height")));
            Element link = SiteChecker.first(node, "a");
            assertFalse(link.getAttribute("href").isEmpty(), file + ": node " + id + " is not a link");
            assertEquals(link.getAttribute("href"), link.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
            LayerNode layerNode = layer.nodesById().get(id);
            String target = layerNode.isGroup() ? Links.groupPage(layerNode.path())
                    : Links.serviceEntry(layerNode.name(), graph.group(layerNode.name()));
            assertEquals(Links.relative(fromDir, target), link.getAttribute("href"), file + ": link of " + id);
        }
        assertEquals(layer.nodes().stream().map(LayerNode::id).sorted().toList(), List.copyOf(boxes.keySet()), file + " nodes");
        List<Box> list = new ArrayList<>(boxes.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                assertFalse(list.get(i).overlaps(list.get(j)), file + ": " + list.get(i) + " overlaps " + list.get(j));
            }
        }
        List<String> drawnEdges = new ArrayList<>();
        for (Element edge : SiteChecker.byClass(svg, "dd-edge")) {
            String from = edge.getAttribute("data-from");
            String to = edge.getAttribute("data-to");
            drawnEdges.add(from + " " + to + " " + edge.getAttribute("data-kind"));
            Element path = SiteChecker.first(edge, "path");
            boolean dashed = path.hasAttribute("stroke-dasharray");
            assertEquals("connectsTo".equals(edge.getAttribute("data-kind")), dashed, file + ": dash of " + from + "->" + to);
            double[][] points = points(path.getAttribute("d"));
            assertTrue(onBorder(points[0], boxes.get(from)), file + ": edge " + from + "->" + to + " starts off its box");
            // the path stops short of the arrowhead; the head's tip touches the target
            Element head = SiteChecker.first(edge, "polygon");
            double[] tip = tip(head.getAttribute("points"));
            assertTrue(onBorder(tip, boxes.get(to)), file + ": edge " + from + "->" + to + " ends off its box");
        }
        List<String> expectedEdges = new ArrayList<>();
        for (LayerEdge e : layer.edges()) expectedEdges.add(e.from() + " " + e.to() + " " + e.kind().keyword());
        assertEquals(expectedEdges, drawnEdges, file + " edges");
        assertFalse(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent().isEmpty(), file + " title");
        assertEquals(1, SiteChecker.byClass(svg, "dd-legend").size(), file + " legend");
        for (Element group : SiteChecker.byClass(svg, "dd-group")) {
            assertTrue(SiteChecker.first(group, "rect").hasAttribute("stroke-dasharray"), "group nodes are dashed");
        }
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static double[][] points(String d) {
        String[] parts = d.replace("M", "").split(" L");
        double[][] result = new double[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] xy = parts[i].trim().split(" ");
            result[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return result;
    }

    private static double[] tip(String points) {
        String[] xy = points.split(" ")[0].split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    /** Within a pixel of the box's outline (ELK ends orthogonal routes on the border). */
    private static boolean onBorder(double[] p, Box b) {
        double e = 1.01;
        boolean insideX = p[0] >= b.x() - e && p[0] <= b.x() + b.width() + e;
        boolean insideY = p[1] >= b.y() - e && p[1] <= b.y() + b.height() + e;
        boolean nearEdge = Math.abs(p[0] - b.x()) <= e || Math.abs(p[0] - b.x() - b.width()) <= e
                || Math.abs(p[1] - b.y()) <= e || Math.abs(p[1] - b.y() - b.height()) <= e;
        return insideX && insideY && nearEdge;
    }
}
