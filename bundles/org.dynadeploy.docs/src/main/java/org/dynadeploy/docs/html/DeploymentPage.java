package org.dynadeploy.docs.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.support.ByteOrder;

/**
 * deployment.html: the deployment diagram (targets as boxes holding containers and services),
 * then per target the services in each container, and the services left undeployed.
 */
public final class DeploymentPage {

    private DeploymentPage() {
    }

    public static String render(Catalog catalog, Deployment deployment, DiagramEmbed diagram) {
        Html html = new Html();
        PageFrame.open(html, catalog, "", "Deployment", "", PageFrame.View.DEPLOYMENT);
        html.element("h1", "Deployment").nl();
        html.element("p", "Where the distribution places each service: target machine, and container on it.",
                "class", "dd-muted").nl();
        html.open("div", "class", "dd-diagram").nl().raw(diagram.markup()).close("div").nl();
        downloads(html, diagram);
        TreeSet<String> targets = new TreeSet<>(ByteOrder.COMPARATOR);
        targets.addAll(catalog.targets().keySet());
        targets.addAll(deployment.byTarget().keySet());
        html.element("h2", "Targets").nl();
        for (String target : targets) {
            html.open("section", "class", "dd-target", "id", Links.targetAnchor(target)).nl();
            html.open("h3").text(target);
            if (catalog.targets().containsKey(target)) {
                html.text(" ").link(Links.INFRASTRUCTURE + "#" + Links.targetAnchor(target), "(machine details)");
            } else {
                html.element("span", " (not in the infrastructure model)", "class", "dd-muted");
            }
            html.close("h3").nl();
            Map<String, TreeSet<String>> containers = deployment.byTarget().getOrDefault(target, new TreeMap<>());
            if (containers.isEmpty()) {
                html.element("p", "No services.", "class", "dd-muted").nl();
            } else {
                html.open("table").nl().open("thead").open("tr").element("th", "Container").element("th", "Services")
                        .close("tr").close("thead").nl().open("tbody").nl();
                containers.forEach((container, services) -> {
                    html.open("tr").element("td", container.isEmpty() ? "(no container)" : container).open("td");
                    int i = 0;
                    for (String service : services) {
                        if (i++ > 0) html.text(", ");
                        ServiceEntry.serviceLink(html, catalog, "", service);
                    }
                    html.close("td").close("tr").nl();
                });
                html.close("tbody").close("table").nl();
            }
            html.close("section").nl();
        }
        List<String> undeployed = new ArrayList<>();
        for (String service : catalog.graph().names()) {
            if (deployment.placements(service).isEmpty()) undeployed.add(service);
        }
        if (!undeployed.isEmpty()) {
            html.element("h2", "Not deployed").nl().open("p");
            for (int i = 0; i < undeployed.size(); i++) {
                if (i > 0) html.text(", ");
                ServiceEntry.serviceLink(html, catalog, "", undeployed.get(i));
            }
            html.close("p").nl();
        }
        PageFrame.close(html);
        return html.toString();
    }

    static void downloads(Html html, DiagramEmbed diagram) {
        html.open("p", "class", "dd-diagram-links").text("Download: ");
        for (int i = 0; i < diagram.downloads().size(); i++) {
            if (i > 0) html.text(" \u00b7 ");
            html.link(diagram.downloads().get(i).file(), diagram.downloads().get(i).label());
        }
        html.close("p").nl();
    }
}
