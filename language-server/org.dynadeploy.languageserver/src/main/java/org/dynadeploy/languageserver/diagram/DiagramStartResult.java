package org.dynadeploy.languageserver.diagram;

import java.util.List;

/**
 * The answer to {@link DiagramCommands#START}, sent as JSON: whether the diagram server runs, a
 * sentence for the user, and where to connect (a GLSP 1.0 websocket on the loopback interface).
 */
public final class DiagramStartResult {

    private final boolean ok;
    private final String message;
    /** The model folder the diagrams show, as a file URI. */
    private final String folder;
    private final int port;
    /** The diagram server's HTTP address ({@code http://127.0.0.1:PORT/}). */
    private final String url;
    /** The GLSP websocket ({@code ws://127.0.0.1:PORT/glsp}). */
    private final String websocket;
    private final List<String> diagramTypes;

    private DiagramStartResult(boolean ok, String message, String folder, int port, String url, String websocket,
            List<String> diagramTypes) {
        this.ok = ok;
        this.message = message;
        this.folder = folder;
        this.port = port;
        this.url = url;
        this.websocket = websocket;
        this.diagramTypes = List.copyOf(diagramTypes);
    }

    public static DiagramStartResult running(String message, String folder, int port, String url, String websocket,
            List<String> diagramTypes) {
        return new DiagramStartResult(true, message, folder, port, url, websocket, diagramTypes);
    }

    public static DiagramStartResult failure(String message) {
        return new DiagramStartResult(false, message, null, 0, null, null, List.of());
    }

    public boolean ok() {
        return ok;
    }

    public String message() {
        return message;
    }

    public String folder() {
        return folder;
    }

    public int port() {
        return port;
    }

    public String url() {
        return url;
    }

    public String websocket() {
        return websocket;
    }

    public List<String> diagramTypes() {
        return diagramTypes;
    }

    @Override
    public String toString() {
        return (ok ? "ok: " : "failed: ") + message;
    }
}
