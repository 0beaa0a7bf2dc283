package org.dynadeploy.languageserver.lsp;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dynadeploy.languageserver.DynaDeployLanguageServerImpl;
import org.dynadeploy.languageserver.DynaDeployServerModule;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.TextDocumentPositionConfiguration;
import org.eclipse.xtext.util.Modules2;

import org.junit.jupiter.api.BeforeEach;

import com.google.inject.Module;

/**
 * In-process language server tests: Xtext's {@link AbstractLanguageServerTest} with the DynaDeploy
 * server module (requests run synchronously on the test thread), plus helpers to find positions
 * in models by their text and to apply text edits.
 */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

    protected LanguageServerTestBase(String fileExtension) {
        super(fileExtension);
    }

    /** Test workspaces go below target/, which 'mvn clean' removes, not into the source tree. */
    @Override
    @BeforeEach
    public void setup() {
        super.setup();
        root = new File("target/test-data/" + getClass().getSimpleName()).getAbsoluteFile();
    }

    @Override
    protected Module getServerModule() {
        return Modules2.mixin(DynaDeployServerModule.create(ILanguageServerShutdownAndExitHandler.NullImpl.class),
                binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
    }

    protected DynaDeployLanguageServerImpl server() {
        return (DynaDeployLanguageServerImpl) languageServer;
    }

    /** The position of {@code needle}'s first occurrence in {@code text}, moved {@code shift} characters on. */
    protected static Position positionOf(String text, String needle, int shift) {
        int offset = text.indexOf(needle);
        if (offset < 0) {
            throw new IllegalArgumentException("'" + needle + "' is not in the model");
        }
        return new Document(1, text).getPosition(offset + shift);
    }

    protected static void at(TextDocumentPositionConfiguration configuration, String needle, int shift) {
        Position position = positionOf(configuration.getModel(), needle, shift);
        configuration.setLine(position.getLine());
        configuration.setColumn(position.getCharacter());
    }

    /** Applies edits (non-overlapping, as LSP requires) to a text. */
    protected static String apply(String text, List<? extends TextEdit> edits) {
        Document document = new Document(1, text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return result.toString();
    }

    /** The diagnostics last published for a file. */
    protected List<Diagnostic> diagnosticsOf(String uri) {
        return getDiagnostics().getOrDefault(uri, List.of());
    }

    protected static String codeOf(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
    }
}
