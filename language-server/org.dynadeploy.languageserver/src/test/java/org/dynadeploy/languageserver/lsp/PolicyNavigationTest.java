package org.dynadeploy.languageserver.lsp;

import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Steps are local to their policy (not in the index); navigation and rename still work on them. */
class PolicyNavigationTest extends LanguageServerTestBase {

    private static final String POLICY = "policy p {\n    let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: types)\n"
            + "    let kept = mapStatefulToPrevious(typed)\n    result order(kept, targetProperty: cost)\n}\n";

    PolicyNavigationTest() {
        super("qos");
    }

    @Test
    void definitionOfAStepUse() {
        testDefinition(it -> {
            it.setModel(POLICY);
            at(it, "Previous(typed)", "Previous(".length() + 1);
            it.setAssertDefinitions(locations -> Assertions.assertEquals(1, locations.get(0).getRange().getStart().getLine()));
        });
    }

    @Test
    void renameAStep() throws Exception {
        initialize();
        String uri = writeFile("p.qos", POLICY);
        open(uri, POLICY);
        Position position = positionOf(POLICY, "let typed", 5);
        WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), position, "candidates")).get();
        List<TextEdit> edits = edit.getChanges() != null ? edit.getChanges().get(uri)
                : edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> e.getLeft()).toList();
        Assertions.assertEquals(POLICY.replace("typed", "candidates"), apply(POLICY, edits));
    }

    @Test
    void hoverOnAReferenceFilter() {
        testHover(it -> {
            it.setModel(POLICY);
            at(it, "order(", 1);
            it.setAssertHover(hover -> {
                String text = hover.getContents().getRight().getValue();
                Assertions.assertTrue(text.startsWith("**filter** `order`"), hover.toString());
                Assertions.assertTrue(text.contains("*targetProperty:* the target property to sort by"), text);
            });
        });
    }
}
