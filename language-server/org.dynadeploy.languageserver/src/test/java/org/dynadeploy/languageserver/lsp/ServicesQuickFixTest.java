package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.validation.IssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ServicesQuickFixTest extends QuickFixTestBase {

    ServicesQuickFixTest() {
        super("services");
    }

    @Test
    void misspeltDependencyChangesToTheNearestService() throws Exception {
        String text = "service staff {\n}\n\nservice web {\n    dependsOn staf\n}\n";
        Map<String, String> uris = workspace(Map.of("a.services", text), "a.services");
        List<CodeAction> actions = actionsFor(uris.get("a.services"), Diagnostic.LINKING_DIAGNOSTIC);
        CodeAction change = titled(actions, "Change to 'staff'");
        Assertions.assertEquals(CodeActionKind.QuickFix, change.getKind());
        assertTrue(change.getIsPreferred());
        Assertions.assertEquals("service staff {\n}\n\nservice web {\n    dependsOn staff\n}\n", applied(change, uris.get("a.services"), text));
        Assertions.assertEquals(text + "\nservice staf {\n}\n",
                applied(titled(actions, "Create service 'staf' in this file"), uris.get("a.services"), text));
    }

    @Test
    void missingServiceOfADistributionGoesIntoTheFirstServicesFile() throws Exception {
        String services = "service a {\n}\n";
        String dist = "a => t\nnewcomer => t\n";
        Map<String, String> uris = workspace(Map.of("one.services", services, "two.services", "service b {\n}\n",
                "n.infra", "target t {\n}\n", "plan.dist", dist), "plan.dist");
        CodeAction create = titled(actionsFor(uris.get("plan.dist"), Diagnostic.LINKING_DIAGNOSTIC),
                "Create service 'newcomer' in one.services");
        Assertions.assertEquals("service a {\n}\n\nservice newcomer {\n}\n", applied(create, uris.get("one.services"), services));
    }

    @Test
    void missingTargetGoesIntoANewInfrastructureFileWhenThereIsNone() throws Exception {
        Map<String, String> uris = workspace(Map.of("a.services", "service a {\n}\n", "plan.dist", "a => nowhere\n"), "plan.dist");
        CodeAction create = titled(actionsFor(uris.get("plan.dist"), Diagnostic.LINKING_DIAGNOSTIC),
                "Create target 'nowhere' in a new file infrastructure.infra");
        Assertions.assertEquals(2, create.getEdit().getDocumentChanges().size());
        assertTrue(create.getEdit().getDocumentChanges().get(0).getRight().getKind().equals("create"));
    }

    @Test
    void duplicatePropertyIsRemovedWithItsLine() throws Exception {
        String text = "service a {\n    mem = 1\n    zone = \"eu\"\n    mem = 2\n}\n";
        Map<String, String> uris = workspace(Map.of("a.services", text), "a.services");
        List<CodeAction> actions = actionsFor(uris.get("a.services"), IssueCodes.DUPLICATE_PROPERTY);
        Assertions.assertEquals("service a {\n    zone = \"eu\"\n    mem = 2\n}\n",
                applied(titled(actions, "Remove duplicate property 'mem'"), uris.get("a.services"), text));
    }

    @Test
    void duplicateDependencyIsRemovedWithItsComma() throws Exception {
        String text = "service a {\n}\nservice b {\n    dependsOn a, a\n}\n";
        Map<String, String> uris = workspace(Map.of("a.services", text), "a.services");
        CodeAction remove = titled(actionsFor(uris.get("a.services"), IssueCodes.DUPLICATE_DEPENDENCY), "Remove duplicate dependency");
        Assertions.assertEquals("service a {\n}\nservice b {\n    dependsOn a\n}\n", applied(remove, uris.get("a.services"), text));
    }

    @Test
    void cycleIsBrokenByRemovingOrWeakeningTheDependency() throws Exception {
        String text = "service a {\n    dependsOn b\n}\n\nservice b {\n    dependsOn c, a\n    connectsTo c\n}\n\nservice c {\n}\n";
        Map<String, String> uris = workspace(Map.of("a.services", text), "a.services");
        String uri = uris.get("a.services");
        List<CodeAction> actions = actionsFor(uri, IssueCodes.DEPENDS_ON_CYCLE);
        // The first cycle diagnostic is the one of 'a' (its edge a -> b).
        Assertions.assertEquals("service a {\n}\n\nservice b {\n    dependsOn c, a\n    connectsTo c\n}\n\nservice c {\n}\n",
                applied(titled(actions, "Remove dependency 'a -> b'"), uri, text));
        Assertions.assertEquals("service a {\n    connectsTo b\n}\n\nservice b {\n    dependsOn c, a\n    connectsTo c\n}\n\nservice c {\n}\n",
                applied(titled(actions, "Turn 'a -> b' into connectsTo (no activation order)"), uri, text));
    }

    @Test
    void cycleEdgeInAListMovesToTheExistingConnectsTo() throws Exception {
        String text = "service a {\n    dependsOn b\n}\n\nservice b {\n    dependsOn c, a\n    connectsTo c\n}\n\nservice c {\n}\n";
        Map<String, String> uris = workspace(Map.of("a.services", text), "a.services");
        String uri = uris.get("a.services");
        org.eclipse.lsp4j.Diagnostic ofB = diagnosticsOf(uri).stream()
                .filter(d -> IssueCodes.DEPENDS_ON_CYCLE.equals(codeOf(d)) && d.getRange().getStart().getLine() == 5)
                .findFirst().orElseThrow();
        List<CodeAction> actions = languageServer.codeAction(new org.eclipse.lsp4j.CodeActionParams(
                new org.eclipse.lsp4j.TextDocumentIdentifier(uri), ofB.getRange(),
                new org.eclipse.lsp4j.CodeActionContext(List.of(ofB)))).get().stream().map(e -> e.getRight()).toList();
        Assertions.assertEquals("service a {\n    dependsOn b\n}\n\nservice b {\n    dependsOn c\n    connectsTo c, a\n}\n\nservice c {\n}\n",
                applied(titled(actions, "Turn 'b -> a' into connectsTo (no activation order)"), uri, text));
    }
}
