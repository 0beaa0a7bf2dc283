package org.dynadeploy.docs.html;

import java.util.Map;
import java.util.TreeSet;

import org.dynadeploy.docs.render.InfraViews;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.Target;

/**
 * infrastructure.html: the infrastructure diagram, then per target its settings, all its
 * properties, its containers with their properties, and (with a distribution) what runs there.
 * Secret values appear only as their reference.
 */
public final class InfrastructurePage {

    private InfrastructurePage() {
    }

    public static String render(Catalog catalog, DiagramEmbed diagram) {
        Html html = new Html();
        PageFrame.open(html, catalog, "", "Infrastructure", "", PageFrame.View.INFRASTRUCTURE);
        html.element("h1", "Infrastructure").nl();
        html.open("div", "class", "dd-diagram").nl().raw(diagram.markup()).close("div").nl();
        DeploymentPage.downloads(html, diagram);
        html.element("h2", "Targets").nl();
        for (Target target : catalog.targets().values()) {
            html.open("section", "class", "dd-target", "id", Links.targetAnchor(target.getName())).nl();
            html.element("h3", target.getName()).nl();
            html.open("dl").nl();
            term(html, "System", target.getSystem());
            term(html, "Cores", target.getNumOfCores() == null ? null : target.getNumOfCores().toString());
            term(html, "Client interface", target.getClientInterface());
            term(html, "Target property", target.getTargetProperty());
            html.close("dl").nl();
            PropertiesTable.write(html, target.getProperties());
            html.element("h4", "Containers").nl();
            if (target.getContainers().isEmpty()) {
                html.element("p", "(no defined containers)", "class", "dd-muted").nl();
            }
            for (Container container : InfraViews.sortedContainers(target)) {
                html.open("p").element("strong", container.getName()).close("p").nl();
                PropertiesTable.write(html, container.getProperties());
            }
            catalog.deployment().ifPresent(deployment -> {
                Map<String, TreeSet<String>> here = deployment.byTarget().get(target.getName());
                if (here != null) {
                    html.open("p").text("Runs: ");
                    int i = 0;
                    for (Map.Entry<String, TreeSet<String>> entry : here.entrySet()) {
                        for (String service : entry.getValue()) {
                            if (i++ > 0) html.text(", ");
                            ServiceEntry.serviceLink(html, catalog, "", service);
                            html.text(" in " + (entry.getKey().isEmpty() ? "(no container)" : entry.getKey()));
                        }
                    }
                    html.text(" ").link(Links.DEPLOYMENT + "#" + Links.targetAnchor(target.getName()), "(deployment)");
                    html.close("p").nl();
                }
            });
            html.close("section").nl();
        }
        PageFrame.close(html);
        return html.toString();
    }

    private static void term(Html html, String term, String value) {
        if (value != null && !value.isEmpty()) {
            html.element("dt", term).element("dd", value).nl();
        }
    }
}
