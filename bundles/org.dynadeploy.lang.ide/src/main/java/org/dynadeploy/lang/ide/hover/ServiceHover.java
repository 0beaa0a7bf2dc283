package org.dynadeploy.lang.ide.hover;

import java.util.List;
import java.util.stream.Collectors;

import org.dynadeploy.lang.ide.text.SourceOf;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.GroupPaths;

/**
 * A service at a glance: type, group path, dependencies, its properties, and what the
 * workspace's results say about it (where the last plan placed it, which ids it got).
 */
final class ServiceHover {

    private ServiceHover() {
    }

    static String of(Service service) {
        Markdown text = new Markdown().title("service", service.getName(), service.getType());
        text.paragraph(service.getDescription());
        String group = GroupPaths.of(service);
        text.line("group", group.isEmpty() ? "" : Markdown.code(group));
        text.line("stateful", service.isStateful() ? "yes (keeps data; stays where it was)" : "");
        text.codes("depends on", names(service.getDependsOn()));
        text.codes("connects to", names(service.getConnectsTo()));
        text.codes("ids from", service.getRequiresIds());
        for (Property property : service.getProperties()) {
            text.line(property.getName(), Markdown.code(SourceOf.element(property.getValue())));
        }
        DeploymentFacts facts = DeploymentFacts.visibleFrom(service);
        text.line("placed on", facts.placementsOf(service.getName()).stream()
                .map(p -> Markdown.code(p.target()) + (p.container() == null ? "" : " in " + Markdown.code(p.container()))
                        + " (" + p.file() + ")")
                .collect(Collectors.joining(", ")));
        text.line("ids", facts.idsOf(service.getName()).stream()
                .map(id -> id.resource() + " = " + id.value() + " (" + id.file() + ")")
                .collect(Collectors.joining(", ")));
        return text.toString();
    }

    /** Referenced services by the name written in source (unresolved ones included). */
    private static List<String> names(List<Service> services) {
        return services.stream().map(s -> s.eIsProxy() ? "?" : s.getName()).toList();
    }
}
