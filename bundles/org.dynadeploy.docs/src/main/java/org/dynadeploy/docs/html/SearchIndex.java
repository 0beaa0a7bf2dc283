package org.dynadeploy.docs.html;

import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.render.Escape;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.Service;

/**
 * search-index.js: every service, group and target as a JSON object assigned to a global, so
 * search.js can load it with a script tag from file:// (fetch() of a .json file is blocked
 * there). Keys are short because the index of 10,000 services should stay small:
 * n name, k kind, t type, d description, p group path, g group title, u root-relative link.
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    public static String render(Catalog catalog) {
        StringBuilder out = new StringBuilder(256 * (catalog.graph().size() + 16));
        out.append("window.DYNADEPLOY_SEARCH_INDEX = [\n");
        boolean first = true;
        for (String name : catalog.graph().names()) {
            Service service = catalog.graph().service(name);
            String path = catalog.graph().group(name);
            first = entry(out, first, name, "service", service.getType(), service.getDescription(), path,
                    catalog.groups().get(path).title(), Links.serviceEntry(name, path));
        }
        for (String path : catalog.groups().paths()) {
            GroupTree.GroupInfo group = catalog.groups().get(path);
            if (group.isRoot()) continue;
            first = entry(out, first, group.title(), "group", null, group.description(), path,
                    group.title().equals(group.name()) ? null : group.name(), Links.groupPage(path));
        }
        for (String target : catalog.targets().keySet()) {
            first = entry(out, first, target, "target", null, null, null, null,
                    Links.INFRASTRUCTURE + "#" + Links.targetAnchor(target));
        }
        return out.append("];\n").toString();
    }

    private static boolean entry(StringBuilder out, boolean first, String name, String kind, String type,
            String description, String path, String groupTitle, String url) {
        if (!first) out.append(",\n");
        out.append("{\"n\":").append(Escape.jsonString(name)).append(",\"k\":").append(Escape.jsonString(kind));
        field(out, "t", type);
        field(out, "d", description);
        field(out, "p", path);
        field(out, "g", groupTitle);
        out.append(",\"u\":").append(Escape.jsonString(url)).append('}');
        return false;
    }

    private static void field(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(",\"").append(key).append("\":").append(Escape.jsonString(value));
        }
    }
}
