package org.dynadeploy.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.layout.GModelLayout;
import org.dynadeploy.diagram.layout.Notation;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.dynadeploy.diagram.view.Diagrams;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;

/** The fast diagram JSON is exactly GLSP's JSON. */
class FastGModelJsonTest {

    @TempDir
    Path folder;

    @Test
    void sameJsonAsGlspForAllDiagrams() {
        TestModels.homework(folder);
        Gson glsp = new GraphGsonConfigurator().withDefaultTypes().configureGsonBuilder(new GsonBuilder()).create();
        Gson fast = new GraphGsonConfigurator().withDefaultTypes().configureGsonBuilder(new GsonBuilder())
                .registerTypeAdapterFactory(new FastGModelJson()).create();
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            for (String type : DiagramTypes.ALL) {
                GGraph graph = source.read(s -> Diagrams.buildAndLayout(type, s.models(), Map.of(), new GModelLayout(), Notation.EMPTY));
                graph.setRevision(3);
                String expected = glsp.toJson(graph, GModelRoot.class);
                String actual = fast.toJson(graph, GModelRoot.class);
                assertEquals(JsonParser.parseString(expected), JsonParser.parseString(actual), type);
            }
        }
        assertEquals("graph", DefaultTypes.GRAPH);
    }
}
