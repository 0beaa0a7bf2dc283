package org.dynadeploy.docs.html;

import java.util.List;
import java.util.Map;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.layer.EdgeKind;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.Service;

/**
 * A service's entry on its group's page, the target of every link to the service: description,
 * type, dependencies and dependants (linked), the ids it needs, its properties, and, when a
 * distribution and ids are given, where it is deployed and which ids it holds.
 */
final class ServiceEntry {

    private ServiceEntry() {
    }

    static void write(Html html, Catalog catalog, String dir, String name) {
        ServiceGraph graph = catalog.graph();
        Service service = graph.service(name);
        html.open("section", "class", "dd-entry", "id", Links.serviceAnchor(name)).nl();
        html.open("h3").text(name);
        if (service.getType() != null && !service.getType().isEmpty()) {
            html.element("span", "(" + service.getType() + ")", "class", "dd-type");
        }
        html.close("h3").nl();
        if (service.getDescription() != null && !service.getDescription().isEmpty()) {
            html.element("p", service.getDescription()).nl();
        }
        html.open("dl").nl();
        term(html, "Type", service.getType() == null || service.getType().isEmpty() ? "(none)" : service.getType());
        if (service.isStateful()) {
            term(html, "Stateful", "yes: its state is kept when it moves");
        }
        links(html, catalog, dir, "Depends on", graph.dependencies(name, EdgeKind.DEPENDS_ON));
        links(html, catalog, dir, "Connects to", graph.dependencies(name, EdgeKind.CONNECTS_TO));
        dependants(html, catalog, dir, graph.dependants(name));
        if (!service.getRequiresIds().isEmpty()) {
            term(html, "Needs unique ids from", String.join(", ", service.getRequiresIds()));
        }
        catalog.ids().ifPresent(ids -> {
            Map<String, Long> assigned = ids.of(name);
            if (!assigned.isEmpty()) {
                StringBuilder text = new StringBuilder();
                assigned.forEach((resource, value) -> text.append(text.length() > 0 ? ", " : "").append(resource)
                        .append(" = ").append(value));
                term(html, "Ids", text.toString());
            }
        });
        catalog.deployment().ifPresent(deployment -> deployed(html, catalog, dir, deployment, name));
        html.close("dl").nl();
        PropertiesTable.write(html, service.getProperties());
        html.close("section").nl();
    }

    private static void term(Html html, String term, String text) {
        html.element("dt", term).element("dd", text).nl();
    }

    private static void links(Html html, Catalog catalog, String dir, String term, List<String> services) {
        if (services.isEmpty()) {
            return;
        }
        html.element("dt", term).open("dd");
        for (int i = 0; i < services.size(); i++) {
            if (i > 0) html.text(", ");
            serviceLink(html, catalog, dir, services.get(i));
        }
        html.close("dd").nl();
    }

    private static void dependants(Html html, Catalog catalog, String dir, List<ServiceGraph.Dependant> dependants) {
        if (dependants.isEmpty()) {
            return;
        }
        html.element("dt", "Used by").open("dd");
        for (int i = 0; i < dependants.size(); i++) {
            if (i > 0) html.text(", ");
            serviceLink(html, catalog, dir, dependants.get(i).name());
            if (dependants.get(i).kind() == EdgeKind.CONNECTS_TO) {
                html.element("span", " (connects)", "class", "dd-muted");
            }
        }
        html.close("dd").nl();
    }

    static void serviceLink(Html html, Catalog catalog, String dir, String service) {
        String group = catalog.graph().group(service);
        html.link(Links.relative(dir, Links.serviceEntry(service, group)), service,
                "title", group.isEmpty() ? "root group" : "group " + group);
    }

    private static void deployed(Html html, Catalog catalog, String dir, Deployment deployment, String name) {
        List<Deployment.Placement> placements = deployment.placements(name);
        html.element("dt", "Deployed to").open("dd");
        if (placements.isEmpty()) {
            html.text(deployment.mentions(name) ? "nothing (mapped to no target)" : "not in the distribution");
        }
        String page = catalog.hasInfrastructure() ? Links.INFRASTRUCTURE : Links.DEPLOYMENT;
        for (int i = 0; i < placements.size(); i++) {
            Deployment.Placement placement = placements.get(i);
            if (i > 0) html.text(", ");
            String targetPage = catalog.targets().containsKey(placement.target()) ? page : Links.DEPLOYMENT;
            html.link(Links.relative(dir, targetPage + "#" + Links.targetAnchor(placement.target())), placement.target());
            if (!placement.container().isEmpty()) {
                html.text(" in " + placement.container());
            }
        }
        if (deployment.isPinned(name)) {
            html.element("span", "pinned", "class", "dd-pin", "title", "kept as written when fed back as the previous distribution");
        }
        html.close("dd").nl();
    }
}
