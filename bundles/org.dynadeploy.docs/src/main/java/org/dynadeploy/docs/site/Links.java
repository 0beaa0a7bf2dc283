package org.dynadeploy.docs.site;

import java.util.List;

import org.dynadeploy.model.support.GroupPaths;

/**
 * Where everything lives in the output tree and how one page links to another. All paths are
 * relative and '/'-separated, so the catalog works from file:// and from any web server path.
 *
 * <pre>
 * index.html, style.css, search.js, search-index.js           the root layer and shared files
 * &lt;group dir&gt;/index.html, diagram.svg|png, .dot, .mmd         one layer per group path
 * deployment.html, infrastructure.html (+ .svg|.png, .dot)     when a distribution / targets exist
 * </pre>
 * Group directories are made by {@link SafePaths}, whose names never contain a '.', so they
 * cannot collide with the files above.
 */
public final class Links {

    public static final String PAGE = "index.html";
    public static final String STYLE = "style.css";
    public static final String SEARCH_SCRIPT = "search.js";
    public static final String SEARCH_INDEX = "search-index.js";
    public static final String DEPLOYMENT = "deployment.html";
    public static final String INFRASTRUCTURE = "infrastructure.html";

    private Links() {
    }

    /** The page of a group, relative to the output root. */
    public static String groupPage(String groupPath) {
        return inDir(SafePaths.dir(groupPath), PAGE);
    }

    /** A file of a group's directory, relative to the output root. */
    public static String groupFile(String groupPath, String file) {
        return inDir(SafePaths.dir(groupPath), file);
    }

    public static String serviceAnchor(String service) {
        return SafePaths.id("s", service);
    }

    public static String targetAnchor(String target) {
        return SafePaths.id("t", target);
    }

    /** The service's entry on its group's page, relative to the output root. */
    public static String serviceEntry(String service, String groupPath) {
        return groupPage(groupPath) + "#" + serviceAnchor(service);
    }

    /**
     * From a file in directory {@code fromDir} (root-relative) to a root-relative path: up to
     * the common directory, then down ("homework" to "homework/index.html#x" is "index.html#x").
     */
    public static String relative(String fromDir, String rootRelative) {
        List<String> from = GroupPaths.segments(fromDir);
        List<String> to = List.of(rootRelative.split("/", -1));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        return "../".repeat(from.size() - common) + String.join("/", to.subList(common, to.size()));
    }

    /** "" from the root, else one "../" per directory level. */
    public static String toRoot(String fromDir) {
        if (fromDir.isEmpty()) {
            return "";
        }
        return "../".repeat(GroupPaths.segments(fromDir).size());
    }

    /** The root as a directory reference ("." at the root, "../.." two levels down). */
    public static String rootDir(String fromDir) {
        String up = toRoot(fromDir);
        return up.isEmpty() ? "." : up.substring(0, up.length() - 1);
    }

    private static String inDir(String dir, String file) {
        return dir.isEmpty() ? file : dir + "/" + file;
    }
}
