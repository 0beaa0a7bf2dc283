package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.dynadeploy.languageserver.commands.CommandResult;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The workspace commands behind the policy code lenses, run in process on a small system. */
class CommandsTest extends QuickFixTestBase {

    private static final String SERVICES = "service db : mysql-database {\n    stateful\n    requireMem = 100\n}\n"
            + "service api : process {\n    dependsOn db\n    ids ports\n    requireMem = 100\n}\n";
    private static final String INFRA = "target small {\n    mem = 150\n    container mysql-database\n}\n"
            + "target large {\n    mem = 1000\n}\n";
    private static final String POLICY = "policy place {\n    result divide(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)\n}\n";

    CommandsTest() {
        super("qos");
    }

    private Map<String, String> system(String policy) {
        return workspace(Map.of("s.services", SERVICES, "n.infra", INFRA, "pools.idres", "pool ports 3000..3999\n",
                "place.qos", policy), "place.qos");
    }

    private CommandResult run(String command, String policyUri) throws Exception {
        Object result = languageServer.executeCommand(new ExecuteCommandParams(command, List.of(policyUri, "place")))
                .get(60, TimeUnit.SECONDS);
        return (CommandResult) result;
    }

    @Test
    void planWritesTheDistributionNextToThePolicy() throws Exception {
        Map<String, String> uris = system(POLICY);
        CommandResult result = run("dynadeploy.plan", uris.get("place.qos"));
        assertTrue(result.ok(), result.message());
        Path dist = getTestRootPath().resolve("place.dist");
        String text = Files.readString(dist);
        assertTrue(text.startsWith("// Planned by DynaDeploy from policy 'place'"), text);
        // greedy division in name order: 'large' is the first candidate with room for each
        assertTrue(text.endsWith("\n\napi => large\ndb => large\n"), text);
        Assertions.assertEquals(List.of(getVirtualFile("place.dist")), result.files());
        // The written distribution is part of the workspace now: it validates without errors.
        Assertions.assertEquals(List.of(), diagnosticsOf(getVirtualFile("place.dist")).stream().filter(d -> d.getSeverity().getValue() == 1).toList());
    }

    @Test
    void failedPlanIsADiagnosticOnTheServiceThatDoesNotFit() throws Exception {
        Map<String, String> uris = system(POLICY);
        Files.writeString(getTestRootPath().resolve("n.infra"), "target small {\n    mem = 150\n}\n");
        didCreateWatchedFiles(uris.get("n.infra"));
        CommandResult result = run("dynadeploy.plan", uris.get("place.qos"));
        assertFalse(result.ok());
        List<Diagnostic> onServices = diagnosticsOf(uris.get("s.services")).stream()
                .filter(d -> "org.dynadeploy.planningFailed".equals(codeOf(d))).toList();
        Assertions.assertEquals(1, onServices.size(), diagnosticsOf(uris.get("s.services")).toString());
        assertTrue(onServices.get(0).getMessage().getLeft().contains(result.message()), onServices.get(0).getMessage().getLeft());
        Assertions.assertEquals(0, onServices.get(0).getRange().getStart().getLine(), "on 'db', which no longer fits after 'api'");

        // A successful plan clears it.
        Files.writeString(getTestRootPath().resolve("n.infra"), INFRA);
        didCreateWatchedFiles(uris.get("n.infra"));
        assertTrue(run("dynadeploy.plan", uris.get("place.qos")).ok());
        Assertions.assertEquals(List.of(), diagnosticsOf(uris.get("s.services")));
    }

    @Test
    void assignIdsWritesTheIdsFile() throws Exception {
        Map<String, String> uris = system(POLICY);
        CommandResult result = run("dynadeploy.assignIds", uris.get("place.qos"));
        assertTrue(result.ok(), result.message());
        String ids = Files.readString(getTestRootPath().resolve("ids.ids"));
        assertTrue(ids.contains("ids ports {\n    api = 3000\n}"), ids);
    }

    @Test
    void generateDocsWritesTheCatalog() throws Exception {
        Map<String, String> uris = system(POLICY);
        CommandResult result = run("dynadeploy.generateDocs", uris.get("place.qos"));
        assertTrue(result.ok(), result.message());
        assertTrue(Files.isRegularFile(getTestRootPath().resolve("docs-out/index.html")));
    }

    @Test
    void modelsWithErrorsAreNotPlanned() throws Exception {
        Map<String, String> uris = workspace(Map.of("s.services", "service a {\n    dependsOn nothere\n}\n",
                "place.qos", "policy place {\n    result initial\n}\n"), "place.qos");
        CommandResult result = run("dynadeploy.plan", uris.get("place.qos"));
        assertFalse(result.ok());
        assertTrue(result.message().contains("fix them first"), result.message());
        assertFalse(Files.exists(getTestRootPath().resolve("place.dist")));
    }
}
