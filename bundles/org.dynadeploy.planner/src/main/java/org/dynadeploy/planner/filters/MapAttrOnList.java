package org.dynadeploy.planner.filters;

/** dydisnix's one-to-many filter: keeps target t iff {@code elem service.P t.properties.Q} (Q a list). */
public final class MapAttrOnList extends MatchFilter {

    public static final String NAME = "mapAttrOnList";

    public MapAttrOnList() {
        super(Side.value("serviceProperty"), Side.list("targetPropertyList"));
    }

    @Override
    public String name() {
        return NAME;
    }
}
