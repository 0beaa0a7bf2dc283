package org.dynadeploy.planner.filters;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningContext;

/** dydisnix's many-to-one filter: keeps target t iff {@code elem t.properties.Q service.P} (P a list). */
public final class MapListOnAttr extends MatchFilter {

    public static final String NAME = "mapListOnAttr";

    public MapListOnAttr() {
        super("servicePropertyList", "targetProperty");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Value serviceValue(PlanningContext context, int service, String property) {
        return Lookups.serviceList(context, NAME, service, property);
    }

    @Override
    Value targetValue(PlanningContext context, int target, String property) {
        return Lookups.targetValue(context, NAME, target, property);
    }

    @Override
    boolean matches(Value service, Value target) {
        return Values.contains((ListValue) service, target);
    }

    @Override
    String mismatch(String serviceProperty, String serviceValue, String targetProperty, String targetValue) {
        return "target." + targetProperty + " " + targetValue + " not in service." + serviceProperty + " " + serviceValue;
    }
}
