package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Definition, references and rename across files: global names are simple names. */
class NavigationTest extends LanguageServerTestBase {

    private static final String WEB = "service web : process {\n    dependsOn staff-db\n}\n";
    private static final Map<String, CharSequence> OTHERS = Map.of(
            "data.services", "group data {\n    service staff-db : mysql-database {\n    }\n}\n",
            "plan.dist", "staff-db => t1\nweb => t1\n",
            "n.infra", "target t1 {\n}\n");

    NavigationTest() {
        super("services");
    }

    @Test
    void definitionIsInAnotherFile() {
        testDefinition(it -> {
            it.setModel(WEB);
            it.setFilesInScope(OTHERS);
            at(it, "staff-db", 3);
            it.setAssertDefinitions(locations -> {
                Assertions.assertEquals(1, locations.size());
                assertTrue(locations.get(0).getUri().endsWith("data.services"), locations.get(0).getUri());
                Assertions.assertEquals(1, locations.get(0).getRange().getStart().getLine());
            });
        });
    }

    @Test
    void referencesSpanServicesAndDistributions() {
        testReferences(it -> {
            it.setModel(WEB);
            it.setFilesInScope(OTHERS);
            it.setIncludeDeclaration(true);
            at(it, "staff-db", 0);
            it.setAssertReferences(locations -> {
                List<String> files = locations.stream().map(Location::getUri).map(u -> u.substring(u.lastIndexOf('/') + 1)).sorted().toList();
                Assertions.assertEquals(List.of("MyModel.services", "data.services", "plan.dist"), files);
            });
        });
    }

    @Test
    void renameUpdatesEveryFile() throws InterruptedException, ExecutionException {
        initialize();
        String data = writeFile("data.services", OTHERS.get("data.services"));
        String dist = writeFile("plan.dist", OTHERS.get("plan.dist"));
        writeFile("n.infra", OTHERS.get("n.infra"));
        String web = writeFile("web.services", WEB);
        didCreateWatchedFiles(data, dist, getVirtualFile("n.infra"), web);
        open(web, WEB);
        Position position = positionOf(WEB, "staff-db", 2);
        WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(web), position, "staff-database")).get();
        Map<String, List<TextEdit>> changes = edit.getChanges() != null ? edit.getChanges() : Map.of();
        Map<String, String> renamed = new java.util.TreeMap<>();
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().forEach(change -> {
                String uri = change.getLeft().getTextDocument().getUri();
                renamed.put(uri, apply(original(uri, data, dist, web), change.getLeft().getEdits().stream().map(e -> e.getLeft()).toList()));
            });
        }
        changes.forEach((uri, edits) -> renamed.put(uri, apply(original(uri, data, dist, web), edits)));
        Assertions.assertEquals("service web : process {\n    dependsOn staff-database\n}\n", renamed.get(web));
        Assertions.assertEquals("group data {\n    service staff-database : mysql-database {\n    }\n}\n", renamed.get(data));
        Assertions.assertEquals("staff-database => t1\nweb => t1\n", renamed.get(dist));
    }

    private static String original(String uri, String data, String dist, String web) {
        if (uri.equals(data)) return OTHERS.get("data.services").toString();
        if (uri.equals(dist)) return OTHERS.get("plan.dist").toString();
        if (uri.equals(web)) return WEB;
        throw new AssertionError("unexpected file " + uri);
    }
}
