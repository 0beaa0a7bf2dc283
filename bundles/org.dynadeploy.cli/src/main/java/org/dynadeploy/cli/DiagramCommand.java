package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.layout.NotationStore;
import org.dynadeploy.diagram.server.DiagramWebServer;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.dynadeploy.lang.loading.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy diagram --serve}: the graphical editors in the browser. Serves the GLSP
 * websocket ({@code /glsp}) and the web client on one port, over a model folder: every graphical
 * edit becomes a text edit of the model files; edits made to the files meanwhile reach the diagrams.
 */
@Command(name = "diagram", sortOptions = false,
        description = {"Serves the graphical editors of a model folder in the browser: architecture, deployment and"
                + " infrastructure diagrams that edit the model text.",
                "Prints the page's URL on stdout and runs until stopped (Ctrl+C). Edits are written to the model files as"
                        + " they are made (comments and layout kept); hand-made positions go to .dynadeploy/ in the folder."},
        footer = {"", "Examples:",
                "  dynadeploy diagram --serve -s examples/homework",
                "  dynadeploy diagram --serve --port 8080 --type deployment -s model/",
                "  dynadeploy diagram --serve -s model/ --bind 0.0.0.0 --port 8080",
                "  dynadeploy diagram --serve -s model/ --web-root my-client/",
                "", "Exit status: 0 stopped, 1 the folder or the port cannot be used, 2 wrong usage."})
final class DiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--serve", description = "Serve the diagrams over HTTP and a GLSP websocket until stopped.")
    boolean serve;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "DIR",
            description = "The model folder (all its model files are one model).")
    Path folder;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port to listen on; 0 (default) takes a free one.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1: this machine only).")
    String bind;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "architecture",
            description = "The diagram the printed URL opens: architecture (default), deployment or infrastructure.")
    String type;

    @Option(names = "--web-root", paramLabel = "DIR",
            description = "Serve the web client from DIR instead of the one built into dynadeploy.")
    Path webRoot;

    @Option(names = "--no-watch", description = "Do not watch the folder for edits made by other programs.")
    boolean noWatch;

    /** Released by tests (or an embedding program) to stop a running server. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (!serve) {
            throw new ParameterException(spec.commandLine(), "nothing to do: give --serve");
        }
        String diagramType = diagramType(type);
        if (diagramType == null) {
            throw new ParameterException(spec.commandLine(), "unknown diagram type '" + type
                    + "'; use architecture, deployment or infrastructure");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (!Files.isDirectory(folder)) {
            throw new UserException(DisplayPaths.of(folder) + " is not a folder; give the model folder with -s");
        }
        if (webRoot != null && !Files.isRegularFile(webRoot.resolve("index.html"))) {
            throw new UserException("--web-root " + DisplayPaths.of(webRoot) + " has no index.html");
        }
        PrintWriter err = spec.commandLine().getErr();
        FolderDiagramSource source;
        try {
            source = new FolderDiagramSource(folder);
        } catch (DiagramEditException e) {
            throw new UserException(e.getMessage(), e);
        }
        if (!noWatch) {
            source.watch(1000);
        }
        DiagramContext context = new DiagramContext(source, new NotationStore(folder.toAbsolutePath().normalize()));
        DiagramWebServer server = new DiagramWebServer(context, webRoot);
        URI page;
        try {
            page = server.start(bind, port);
        } catch (BindException e) {
            close(server, context, source);
            throw new UserException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another --port or --bind", e);
        } catch (Exception e) {
            close(server, context, source);
            throw new UserException("cannot start the diagram server on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        Thread hook = new Thread(() -> close(server, context, source), "dynadeploy-diagram-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        report(err, source, server, page);
        spec.commandLine().getOut().println(page + "?type=" + diagramType);
        spec.commandLine().getOut().flush();
        try {
            stop.await();
        } finally {
            close(server, context, source);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }

    private void report(PrintWriter err, FolderDiagramSource source, DiagramWebServer server, URI page) {
        List<Problem> errors = source.read(s -> s.problems().stream().filter(Problem::isError).toList());
        int files = source.read(s -> s.texts().size());
        err.println("dynadeploy: serving the diagrams of " + DisplayPaths.of(folder) + " (" + files + " model files) at " + page);
        err.println("dynadeploy: GLSP websocket " + server.websocket() + "; diagram types "
                + String.join(", ", DiagramTypes.ALL));
        if (!server.hasClient()) {
            err.println("dynadeploy: warning: no web client found; the page only explains this. Build"
                    + " bundles/org.dynadeploy.diagram.client or give --web-root DIR.");
        }
        if (!errors.isEmpty()) {
            err.println("dynadeploy: warning: the model has " + errors.size() + " error(s); the diagrams show what could be"
                    + " read. First: " + errors.get(0).format());
        }
        if (!isLoopback(bind)) {
            err.println("dynadeploy: warning: listening on " + bind + ": anyone who can reach this port can edit the model.");
        }
        err.println("dynadeploy: press Ctrl+C to stop");
        err.flush();
    }

    /** The GLSP diagram type of a short name ({@code deployment}), or null. */
    static String diagramType(String type) {
        String name = type.startsWith("dynadeploy-") ? type : "dynadeploy-" + type;
        return DiagramTypes.ALL.contains(name) ? name : null;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void close(DiagramWebServer server, DiagramContext context, FolderDiagramSource source) {
        try {
            server.close();
        } catch (Exception e) {
            // stopping anyway
        }
        context.close();
        source.close();
    }
}
