package org.dynadeploy.planner.filters;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningContext;

/** dydisnix's one-to-many filter: keeps target t iff {@code elem service.P t.properties.Q} (Q a list). */
public final class MapAttrOnList extends MatchFilter {

    public static final String NAME = "mapAttrOnList";

    public MapAttrOnList() {
        super("serviceProperty", "targetPropertyList");
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
        return Lookups.targetList(context, NAME, target, property);
    }

    @Override
    boolean matches(Value service, Value target) {
        return Values.contains((ListValue) target, service);
    }

    @Override
    String mismatch(String serviceProperty, String serviceValue, String targetProperty, String targetValue) {
        return "service." + serviceProperty + " " + serviceValue + " not in target." + targetProperty + " " + targetValue;
    }
}
