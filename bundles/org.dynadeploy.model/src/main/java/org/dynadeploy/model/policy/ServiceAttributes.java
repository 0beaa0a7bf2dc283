package org.dynadeploy.model.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Values;

/**
 * The attributes of a service as a filter sees them (dydisnix filterDerivations, reference §1.1):
 * the dedicated attributes that are set ({@code name}, {@code type}, {@code description},
 * {@code stateful}, {@code group}, {@code dependsOn}/{@code connectsTo} as name lists,
 * {@code requiresUniqueIdsFor}) and every generic property. Absent attributes are absent, as in
 * Nix, so {@code serviceProperty: type} finds the type written {@code service x : type}.
 */
public final class ServiceAttributes {

    /** Attribute names the language writes with dedicated syntax, never as generic properties. */
    public static final List<String> DEDICATED = List.of("name", "type", "description", "stateful", "group",
            "dependsOn", "connectsTo", "requiresUniqueIdsFor");

    private ServiceAttributes() {
    }

    /** Every attribute of a service, dedicated ones first; a generic property of the same name replaces one. */
    public static Map<String, Value> of(Service service) {
        Map<String, Value> result = new LinkedHashMap<>();
        putString(result, "name", service.getName());
        putString(result, "type", service.getType());
        putString(result, "description", service.getDescription());
        if (service.isStateful()) {
            result.put("stateful", Values.bool(true));
        }
        String group = GroupPaths.of(service);
        if (!group.isEmpty()) {
            result.put("group", Values.string(group));
        }
        putNames(result, "dependsOn", names(service.getDependsOn()));
        putNames(result, "connectsTo", names(service.getConnectsTo()));
        putNames(result, "requiresUniqueIdsFor", service.getRequiresIds());
        for (Property property : service.getProperties()) {
            // The last one wins, as in Nix '//' (and as Properties.get).
            result.remove(property.getName());
            result.put(property.getName(), property.getValue());
        }
        return result;
    }

    /** The value of one attribute, if the service has it. */
    public static Optional<Value> get(Service service, String name) {
        return Optional.ofNullable(of(service).get(name));
    }

    private static List<String> names(List<Service> services) {
        // Unresolved references have no name; they are reported by linking, not here.
        return services.stream().map(Service::getName).filter(java.util.Objects::nonNull).toList();
    }

    private static void putString(Map<String, Value> result, String name, String value) {
        if (value != null) {
            result.put(name, Values.string(value));
        }
    }

    private static void putNames(Map<String, Value> result, String name, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        ListValue list = ModelFactory.eINSTANCE.createListValue();
        for (String element : names) {
            list.getElements().add(Values.string(element));
        }
        result.put(name, list);
    }
}
