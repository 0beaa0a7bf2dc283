package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.dynadeploy.docs.UnknownGroupException;
import org.dynadeploy.docs.layer.DocsSettings;
import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.support.ModelSet;

/** Group paths as the documentation commands take and report them. */
final class DocsGroups {

    private DocsGroups() {
    }

    /**
     * A {@code --group} value as a group path: "" is the root; a stray leading or trailing '/'
     * is tolerated (people copy paths from URLs and file names).
     */
    static String path(String option) {
        String path = option == null ? "" : option.trim();
        while (path.startsWith("/")) path = path.substring(1);
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return path;
    }

    /** Every group that has a page or diagram, the root first (the engine's own list). */
    static List<String> all(ModelSet models) {
        ServiceGraph graph = ServiceGraph.of(models);
        return new ArrayList<>(GroupTree.of(models, graph, DocsSettings.of(models)).paths());
    }

    /** Runs a rendering; an unknown group becomes a user error that lists the known ones. */
    static <T> T rendering(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnknownGroupException e) {
            throw new UserException("--group: " + e.getMessage());
        }
    }
}
