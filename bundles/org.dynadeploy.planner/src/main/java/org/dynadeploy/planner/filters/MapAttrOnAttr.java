package org.dynadeploy.planner.filters;

import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningContext;

/** dydisnix's one-to-one filter: keeps target t iff {@code service.P == t.properties.Q} (Nix equality). */
public final class MapAttrOnAttr extends MatchFilter {

    public static final String NAME = "mapAttrOnAttr";

    public MapAttrOnAttr() {
        super("serviceProperty", "targetProperty");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Value serviceValue(PlanningContext context, int service, String property) {
        return Lookups.serviceValue(context, NAME, service, property);
    }

    @Override
    Value targetValue(PlanningContext context, int target, String property) {
        return Lookups.targetValue(context, NAME, target, property);
    }

    @Override
    boolean matches(Value service, Value target) {
        return Values.nixEquals(service, target);
    }

    @Override
    String mismatch(String serviceProperty, String serviceValue, String targetProperty, String targetValue) {
        return "service." + serviceProperty + " " + serviceValue + " ≠ target." + targetProperty + " " + targetValue;
    }
}
