package org.dynadeploy.planner.filters;

/** dydisnix's one-to-one filter: keeps target t iff {@code service.P == t.properties.Q} (Nix equality). */
public final class MapAttrOnAttr extends MatchFilter {

    public static final String NAME = "mapAttrOnAttr";

    public MapAttrOnAttr() {
        super(Side.value("serviceProperty"), Side.value("targetProperty"));
    }

    @Override
    public String name() {
        return NAME;
    }
}
