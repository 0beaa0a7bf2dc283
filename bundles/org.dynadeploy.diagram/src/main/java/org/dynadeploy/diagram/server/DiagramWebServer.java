package org.dynadeploy.diagram.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.glsp.DynaDeployServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The standalone diagram server: one Jetty serving the GLSP websocket at {@value #ENDPOINT} and
 * the web client's files next to it, so the page connects to {@code ws://<its host:port>/glsp}.
 * Every websocket connection gets a GLSP server of its own over the one shared
 * {@link DiagramContext}. Websocket connections from other web sites are refused (a page on
 * another origin must not edit the model): the Origin must be this server's, or absent.
 */
public final class DiagramWebServer implements AutoCloseable {

    public static final String ENDPOINT = "/glsp";

    static {
        Logging.configure();
    }

    private final DiagramContext context;
    private final StaticFiles files;
    private Server server;
    private URI uri;

    /** @param webRoot a folder with the web client, or null for the one on the class path */
    public DiagramWebServer(DiagramContext context, Path webRoot) {
        this.context = context;
        this.files = new StaticFiles(webRoot);
    }

    /** Whether there is a web client to serve (else the page explains how to get one). */
    public boolean hasClient() {
        return files.hasClient();
    }

    /** Starts listening ({@code port} 0: any free port) and returns the page's URL. */
    public URI start(String host, int port) throws Exception {
        server = new Server(new InetSocketAddress(host, port));
        ServletContextHandler handler = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        handler.setContextPath("/");
        handler.addServlet(new ServletHolder("web-client", files), "/");
        JakartaWebSocketServletContainerInitializer.configure(handler, (servletContext, container) -> {
            ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
                    .configurator(new SameOrigin(
                            () -> Guice.createInjector(new DynaDeployServerModule(context), new WebsocketModule()), this))
                    .build();
            container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
            // A diagram may sit untouched for hours: Jetty would close an idle socket after 30 s.
            container.setDefaultMaxSessionIdleTimeout(0);
            container.addEndpoint(config);
        });
        server.setHandler(handler);
        server.start();
        int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        uri = URI.create("http://" + shown + ":" + actual + "/");
        return uri;
    }

    public URI uri() {
        return uri;
    }

    public int port() {
        return uri.getPort();
    }

    /** The websocket URL of the GLSP endpoint. */
    public URI websocket() {
        return URI.create("ws://" + uri.getHost() + ":" + uri.getPort() + ENDPOINT);
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Origins allowed to open the websocket: the pages this server serves. */
    boolean allowedOrigin(String origin) {
        if (origin == null || origin.isEmpty() || uri == null) {
            return true; // not a browser page (a tool, a test, an editor's webview without an origin)
        }
        String value = origin.toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        for (String host : List.of(uri.getHost().toLowerCase(Locale.ROOT), "localhost", "127.0.0.1", "[::1]")) {
            if (value.equals("http://" + host + ":" + port) || value.equals("https://" + host + ":" + port)) {
                return true;
            }
        }
        return false;
    }

    private static final class SameOrigin extends GLSPConfigurator {
        private final DiagramWebServer server;

        SameOrigin(java.util.function.Supplier<com.google.inject.Injector> injector, DiagramWebServer server) {
            super(injector);
            this.server = server;
        }

        @Override
        public boolean checkOrigin(String originHeaderValue) {
            return server.allowedOrigin(originHeaderValue);
        }
    }
}
