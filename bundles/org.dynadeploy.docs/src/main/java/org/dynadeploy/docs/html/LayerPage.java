package org.dynadeploy.docs.html;

import java.util.List;

import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.docs.site.SafePaths;

/**
 * The page of one group (layer): title and description, its diagram, the table of the services
 * directly in it (columns from the docs configuration), the table of its sub-groups, and an
 * entry for each of its services.
 */
public final class LayerPage {

    private LayerPage() {
    }

    public static String render(Catalog catalog, String groupPath, DiagramEmbed diagram) {
        GroupTree.GroupInfo group = catalog.groups().get(groupPath);
        String dir = SafePaths.dir(groupPath);
        String title = group.isRoot() ? "Functional architecture documentation"
                : "Functional architecture documentation for group: " + group.title();
        Html html = new Html();
        PageFrame.open(html, catalog, dir, title, groupPath, PageFrame.View.SERVICES);
        html.element("h1", group.title()).nl();
        if (!group.isRoot()) {
            html.element("p", "Group " + group.path(), "class", "dd-path").nl();
        }
        if (!group.description().isEmpty()) {
            html.element("p", group.description(), "class", "dd-description").nl();
        }
        if (diagram != null) {
            html.open("section", "class", "dd-diagram-section").nl();
            html.element("h2", "Diagram").nl();
            html.open("div", "class", "dd-diagram").nl().raw(diagram.markup()).close("div").nl();
            html.open("p", "class", "dd-diagram-links").text("Download: ");
            List<DiagramEmbed.Download> downloads = diagram.downloads();
            for (int i = 0; i < downloads.size(); i++) {
                if (i > 0) html.text(" \u00b7 ");
                html.link(downloads.get(i).file(), downloads.get(i).label());
            }
            html.close("p").nl();
            html.close("section").nl();
        }
        servicesTable(html, catalog, group);
        groupsTable(html, catalog, dir, group);
        if (!group.services().isEmpty()) {
            html.open("section", "class", "dd-entries").nl();
            html.element("h2", "Service details").nl();
            for (String service : group.services()) {
                ServiceEntry.write(html, catalog, dir, service);
            }
            html.close("section").nl();
        }
        PageFrame.close(html);
        return html.toString();
    }

    private static void servicesTable(Html html, Catalog catalog, GroupTree.GroupInfo group) {
        html.element("h2", "Services").nl();
        if (group.services().isEmpty()) {
            html.element("p", "No services directly in this group" + (group.children().isEmpty() ? "." : "; see its groups below."),
                    "class", "dd-muted").nl();
            return;
        }
        List<String> fields = catalog.settings().fields();
        html.open("table", "class", "dd-services").nl();
        html.open("thead").open("tr").element("th", "Name");
        for (String field : fields) {
            html.element("th", catalog.settings().header(field));
        }
        html.close("tr").close("thead").nl().open("tbody").nl();
        for (String service : group.services()) {
            html.open("tr").open("td").link("#" + Links.serviceAnchor(service), service).close("td");
            for (String field : fields) {
                html.element("td", ServiceFields.value(catalog.graph(), service, field));
            }
            html.close("tr").nl();
        }
        html.close("tbody").close("table").nl();
    }

    private static void groupsTable(Html html, Catalog catalog, String dir, GroupTree.GroupInfo group) {
        if (group.children().isEmpty()) {
            return;
        }
        html.element("h2", "Groups").nl();
        html.open("table", "class", "dd-groups").nl();
        html.open("thead").open("tr").element("th", "Name").element("th", "Title").element("th", "Description")
                .element("th", "Services").close("tr").close("thead").nl().open("tbody").nl();
        for (String childPath : group.children()) {
            GroupTree.GroupInfo child = catalog.groups().get(childPath);
            html.open("tr").open("td").link(Links.relative(dir, Links.groupPage(childPath)), child.name()).close("td")
                    .element("td", child.title()).element("td", child.description())
                    .element("td", Integer.toString(child.totalServices())).close("tr").nl();
        }
        html.close("tbody").close("table").nl();
    }
}
