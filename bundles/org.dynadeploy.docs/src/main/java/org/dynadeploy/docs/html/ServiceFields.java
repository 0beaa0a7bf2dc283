package org.dynadeploy.docs.html;

import org.dynadeploy.docs.layer.EdgeKind;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.docs.render.ValueText;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.Properties;

/**
 * The text of a docs field (a services-table column) for a service. Fields name either a
 * built-in attribute (name, type, description, stateful, group, dependsOn, connectsTo, ids;
 * dydisnix's requiresUniqueIdsFor too) or a generic property; a missing one is empty.
 */
final class ServiceFields {

    private ServiceFields() {
    }

    static String value(ServiceGraph graph, String name, String field) {
        Service service = graph.service(name);
        return switch (field) {
            case "name" -> name;
            case "type" -> orEmpty(service.getType());
            case "description" -> orEmpty(service.getDescription());
            case "stateful" -> service.isStateful() ? "true" : "false";
            case "group" -> graph.group(name);
            case "dependsOn" -> String.join(", ", graph.dependencies(name, EdgeKind.DEPENDS_ON));
            case "connectsTo" -> String.join(", ", graph.dependencies(name, EdgeKind.CONNECTS_TO));
            case "ids", "requiresIds", "requiresUniqueIdsFor" -> String.join(", ", service.getRequiresIds());
            default -> Properties.get(service.getProperties(), field).map(ValueText::of).orElse("");
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
