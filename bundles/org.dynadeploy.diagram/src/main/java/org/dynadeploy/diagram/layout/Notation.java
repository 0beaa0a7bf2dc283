package org.dynadeploy.diagram.layout;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the user placed by hand in one diagram, never part of the model text: node positions
 * (relative to the parent, as GLSP sends them) and edge routing points (absolute), by element id.
 * Immutable; every change makes a new one (the old one is the undo state).
 */
public record Notation(Map<String, Point> positions, Map<String, List<Point>> routes) {

    public record Point(double x, double y) {
    }

    public static final Notation EMPTY = new Notation(Map.of(), Map.of());

    public Notation {
        positions = Map.copyOf(positions);
        routes = Map.copyOf(routes);
    }

    public Notation withPositions(Map<String, Point> changed) {
        Map<String, Point> result = new TreeMap<>(positions);
        result.putAll(changed);
        return new Notation(result, routes);
    }

    public Notation withRoutes(Map<String, List<Point>> changed) {
        Map<String, List<Point>> result = new TreeMap<>(routes);
        changed.forEach((id, points) -> {
            if (points.isEmpty()) {
                result.remove(id);
            } else {
                result.put(id, List.copyOf(points));
            }
        });
        return new Notation(positions, result);
    }

    /** Without the given elements' positions and routes ({@code null}: without any). */
    public Notation without(java.util.Collection<String> ids) {
        if (ids == null) {
            return EMPTY;
        }
        Map<String, Point> p = new TreeMap<>(positions);
        Map<String, List<Point>> r = new TreeMap<>(routes);
        ids.forEach(p::remove);
        ids.forEach(r::remove);
        return new Notation(p, r);
    }

    /** The same entries under other ids (after a rename of the service or target they show). */
    public Notation mapIds(java.util.function.UnaryOperator<String> ids) {
        Map<String, Point> p = new TreeMap<>();
        positions.forEach((id, point) -> p.put(ids.apply(id), point));
        Map<String, List<Point>> r = new TreeMap<>();
        routes.forEach((id, points) -> r.put(ids.apply(id), points));
        return new Notation(p, r);
    }

    public boolean isEmpty() {
        return positions.isEmpty() && routes.isEmpty();
    }
}
