package org.dynadeploy.languageserver.lsp;


import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SymbolsTest extends LanguageServerTestBase {

    private static final String MODEL = "group data \"Data\" {\n    service db : mysql-database {\n        requireMem = 1\n    }\n}\n"
            + "service web : process {\n    dependsOn db\n}\n";

    SymbolsTest() {
        super("services");
    }

    @Test
    void outlineIsHierarchicalWithKindsAndTypes() {
        testDocumentSymbol(it -> {
            it.setModel(MODEL);
            it.setInitializer(params -> {
                TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
                DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
                symbols.setHierarchicalDocumentSymbolSupport(true);
                text.setDocumentSymbol(symbols);
                params.getCapabilities().setTextDocument(text);
            });
            it.setAssertSymbols(result -> {
                List<DocumentSymbol> roots = result.stream().map(e -> e.getRight()).toList();
                Assertions.assertEquals(List.of("data", "web"), roots.stream().map(DocumentSymbol::getName).toList());
                Assertions.assertEquals(SymbolKind.Namespace, roots.get(0).getKind());
                DocumentSymbol db = roots.get(0).getChildren().get(0);
                Assertions.assertEquals("db", db.getName());
                Assertions.assertEquals(SymbolKind.Class, db.getKind());
                Assertions.assertEquals("mysql-database", db.getDetail());
                Assertions.assertEquals(List.of(), db.getChildren(), "properties stay out of the outline");
            });
        });
    }

    @Test
    void workspaceSymbolsFindServicesAndTargetsEverywhere() {
        testSymbol(it -> {
            it.setModel(MODEL);
            it.setFilesInScope(Map.of("n.infra", "target dbhost {\n}\n"));
            it.setQuery("db");
            it.setAssertWorkspaceSymbols(symbols -> {
                List<String> found = symbols.stream().map(s -> s.getName() + ":" + s.getKind()).sorted().toList();
                Assertions.assertEquals(List.of("db:Class", "dbhost:Module"), found);
            });
        });
    }

    @Test
    void highlightsADeclarationAndItsUses() throws Exception {
        initialize();
        String uri = writeFile("h.services", MODEL);
        open(uri, MODEL);
        List<String> highlights = languageServer.documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(
                new org.eclipse.lsp4j.TextDocumentIdentifier(uri), positionOf(MODEL, "db :", 0))).get().stream()
                .map(h -> h.getKind() + "@" + h.getRange().getStart().getLine()).toList();
        Assertions.assertEquals(List.of("Write@1", "Read@6"), highlights);
    }

    @Test
    void foldingRangesForBlocks() {
        testFolding(it -> {
            it.setModel(MODEL);
            it.setExpectedFoldings("[null 0..4]\n[null 1..3]\n[null 5..7]\n");
        });
    }
}
