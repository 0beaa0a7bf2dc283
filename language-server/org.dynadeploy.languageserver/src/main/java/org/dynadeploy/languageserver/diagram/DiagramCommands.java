package org.dynadeploy.languageserver.diagram;

import java.util.List;

/**
 * The diagram commands of the language server ({@code workspace/executeCommand}).
 * <p>
 * {@value #START} {@code [uri]}: starts (once per model folder, on the first request) the GLSP
 * diagram server of the folder of {@code uri} (a model file, or the folder itself) inside this
 * JVM, on 127.0.0.1 and a free port, and answers a {@link DiagramStartResult}: where the GLSP
 * websocket is. The diagrams show the folder's model as the editor has it (open documents
 * included, unsaved changes too); their edits come back to the client as
 * {@code workspace/applyEdit}, and every change of a document refreshes the open diagrams.
 */
public final class DiagramCommands {

    public static final String START = "dynadeploy.diagram.start";

    public static final List<String> ALL = List.of(START);

    private DiagramCommands() {
    }
}
