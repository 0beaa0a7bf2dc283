package org.dynadeploy.planner.filters;

import java.util.Optional;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;

/**
 * Property look-ups with the errors dydisnix's Nix evaluation would raise ("attribute missing",
 * "a list was expected"), phrased so the user knows which model to fix.
 */
final class Lookups {

    private Lookups() {
    }

    static Value serviceValue(PlanningContext context, String filter, int service, String property) {
        return serviceAttribute(context.service(service), property).orElseThrow(() -> new PlanningException(
                filter + ": service '" + context.universe().serviceName(service) + "' has no property '" + property + "'"));
    }

    /**
     * {@link ServiceAttributes#get}, without building the whole attribute map for the common
     * cases: a generic property (the last of that name wins) or the service's name or type.
     */
    static Optional<Value> serviceAttribute(Service service, String property) {
        Property generic = null;
        for (Property candidate : service.getProperties()) {
            if (property.equals(candidate.getName())) generic = candidate;
        }
        if (generic != null) return Optional.ofNullable(generic.getValue());
        if (!ServiceAttributes.DEDICATED.contains(property)) return Optional.empty();
        return switch (property) {
            case "name" -> Optional.ofNullable(service.getName()).map(Values::string);
            case "type" -> Optional.ofNullable(service.getType()).map(Values::string);
            default -> ServiceAttributes.get(service, property);
        };
    }

    static Value targetValue(PlanningContext context, String filter, int target, String property) {
        return Properties.get(context.target(target).getProperties(), property).orElseThrow(() -> new PlanningException(
                filter + ": target '" + context.universe().targetName(target) + "' has no property '" + property + "'"));
    }

    static ListValue serviceList(PlanningContext context, String filter, int service, String property) {
        Value value = serviceValue(context, filter, service, property);
        if (value instanceof ListValue list) return list;
        throw new PlanningException(filter + ": property '" + property + "' of service '"
                + context.universe().serviceName(service) + "' is a " + Values.typeName(value) + ", but it must be a list");
    }

    static ListValue targetList(PlanningContext context, String filter, int target, String property) {
        Value value = targetValue(context, filter, target, property);
        if (value instanceof ListValue list) return list;
        throw new PlanningException(filter + ": property '" + property + "' of target '"
                + context.universe().targetName(target) + "' is a " + Values.typeName(value) + ", but it must be a list");
    }
}
