package org.dynadeploy.planner.filters;

/** dydisnix's many-to-one filter: keeps target t iff {@code elem t.properties.Q service.P} (P a list). */
public final class MapListOnAttr extends MatchFilter {

    public static final String NAME = "mapListOnAttr";

    public MapListOnAttr() {
        super(Side.list("servicePropertyList"), Side.value("targetProperty"));
    }

    @Override
    public String name() {
        return NAME;
    }
}
