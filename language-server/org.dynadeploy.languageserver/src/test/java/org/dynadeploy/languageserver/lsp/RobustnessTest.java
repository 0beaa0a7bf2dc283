package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Requests the server cannot serve get error answers or empty ones; nothing takes it down. */
class RobustnessTest extends LanguageServerTestBase {

    RobustnessTest() {
        super("services");
    }

    @Test
    void requestOnAnUnknownDocumentIsAnInvalidParamsError() {
        initialize();
        ExecutionException error = assertThrows(ExecutionException.class, () -> languageServer.hover(
                new HoverParams(new TextDocumentIdentifier(getVirtualFile("missing.services")), new Position(0, 0))).get());
        assertTrue(error.getCause() instanceof ResponseErrorException, error.toString());
        Assertions.assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                ((ResponseErrorException) error.getCause()).getResponseError().getCode());
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        initialize();
        ExecutionException error = assertThrows(ExecutionException.class, () -> server().request("dynadeploy/nonsense", null).get());
        Assertions.assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                ((ResponseErrorException) error.getCause()).getResponseError().getCode());
    }

    @Test
    void oversizedDocumentIsRefusedWithADiagnostic() throws Exception {
        initialize();
        String uri = getVirtualFile("huge.services");
        String huge = "service a {\n}\n" + "// padding\n".repeat(900_000);
        open(uri, huge);
        List<Diagnostic> diagnostics = diagnosticsOf(uri);
        Assertions.assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).getMessage().getLeft().contains("too large"), diagnostics.get(0).getMessage().getLeft());
        // Features answer empty rather than parse it.
        Assertions.assertEquals(0, languageServer.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(0, 0)))
                .get().getRight().getItems().size());
        // And the server goes on working for other documents.
        String small = writeFile("small.services", "service b {\n    dependsOn x\n}\n");
        open(small, "service b {\n    dependsOn x\n}\n");
        Assertions.assertEquals(1, diagnosticsOf(small).size());
    }

    @Test
    void fileOutsideTheWorkspaceGetsItsFolderAdopted() throws Exception {
        initialize();
        java.nio.file.Path outside = java.nio.file.Files.createTempDirectory("dynadeploy-outside");
        try {
            java.nio.file.Path file = outside.resolve("loose.services");
            String text = "service a {\n    dependsOn b\n}\n";
            java.nio.file.Files.writeString(file, text);
            String uri = file.toUri().toString().replace("file:/", "file:///");
            open(uri, text);
            Assertions.assertEquals(1, diagnosticsOf(uri).size(), getDiagnostics().toString());
        } finally {
            org.eclipse.xtext.util.Files.cleanFolder(outside.toFile(), null, true, true);
        }
    }
}
