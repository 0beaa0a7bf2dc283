package org.dynadeploy.lang.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The StaffTracker example project in src/test/resources/models/stafftracker: every construct, no issue. */
public final class ExampleModels {

    public static final String FOLDER = "/models/stafftracker/";

    /** Every file of the project, one per language at least. */
    public static final List<String> FILES = List.of("services.services", "infrastructure.infra", "placement.qos",
            "colouring.qos", "restore.qos", "pools.idres", "distribution.dist", "ids.ids");

    private ExampleModels() {
    }

    public static String text(String file) {
        try (InputStream in = ExampleModels.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path folder() {
        try {
            return Path.of(ExampleModels.class.getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workspace holding the whole project. */
    public static Workspace workspace() {
        Workspace workspace = new Workspace();
        for (String file : FILES) {
            workspace.file(file, text(file));
        }
        return workspace;
    }

    /** A workspace holding the project with one file replaced. */
    public static Workspace workspaceWith(String file, String text) {
        Workspace workspace = new Workspace();
        for (String each : FILES) {
            workspace.file(each, each.equals(file) ? text : text(each));
        }
        return workspace;
    }
}
