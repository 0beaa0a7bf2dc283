package org.dynadeploy.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web client: from a folder ({@code --web-root}) if one is given, else from the class
 * path folder {@value #RESOURCES} (where the client module's jar puts its built page). Only
 * GET/HEAD of files below that root; {@code /} is {@code index.html}. Without a client at all it
 * serves a page saying how to get one and where the GLSP endpoint is.
 */
final class StaticFiles extends HttpServlet {

    static final String RESOURCES = "org/dynadeploy/diagram/web/";

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final transient Path root;

    StaticFiles(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    /** Whether a web client is there to serve. */
    boolean hasClient() {
        return root != null ? Files.isRegularFile(root.resolve("index.html"))
                : StaticFiles.class.getClassLoader().getResource(RESOURCES + "index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        if (path.contains("..") || path.contains("\\") || path.contains("//") || path.contains("\0")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String relative = path.substring(1);
        try (InputStream in = open(relative)) {
            if (in == null) {
                if (relative.equals("index.html")) {
                    fallback(response);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
                return;
            }
            response.setContentType(type(relative));
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private InputStream open(String relative) throws IOException {
        if (root != null) {
            Path file = root.resolve(relative).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
        return StaticFiles.class.getClassLoader().getResourceAsStream(RESOURCES + relative);
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private void fallback(HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        String where = root != null ? "in " + root : "on the class path (" + RESOURCES + ")";
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>DynaDeploy diagrams</title></head><body>"
                + "<h1>DynaDeploy diagram server</h1><p>The GLSP server is running: connect a GLSP client to the websocket"
                + " <code>/glsp</code> of this host (diagram types <code>dynadeploy-architecture</code>,"
                + " <code>dynadeploy-deployment</code>, <code>dynadeploy-infrastructure</code>).</p>"
                + "<p>No web client was found " + escape(where) + ": build <code>bundles/org.dynadeploy.diagram.client</code>"
                + " or pass <code>--web-root DIR</code>.</p></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
