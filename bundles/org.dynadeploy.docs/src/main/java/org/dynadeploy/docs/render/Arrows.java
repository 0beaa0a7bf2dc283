package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.docs.layout.DiagramLayout.Point;

/**
 * Draws an edge as a path ending in a filled arrowhead. The head is a polygon rather than an
 * SVG marker: markers render differently (or not at all) across viewers and Batik versions.
 */
final class Arrows {

    private static final double LENGTH = 8;
    private static final double HALF_WIDTH = 4;

    private Arrows() {
    }

    static void draw(SvgBuilder svg, List<Point> points, String stroke, String dash) {
        if (points.size() < 2) {
            return;
        }
        Point tip = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            svg.polyline(points, stroke, dash);
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double back = Math.min(LENGTH, length);
        Point base = new Point(tip.x() - ux * back, tip.y() - uy * back);
        List<Point> line = new ArrayList<>(points.subList(0, points.size() - 1));
        line.add(base);
        svg.polyline(line, stroke, dash);
        svg.polygon(List.of(tip, new Point(base.x() - uy * HALF_WIDTH, base.y() + ux * HALF_WIDTH),
                new Point(base.x() + uy * HALF_WIDTH, base.y() - ux * HALF_WIDTH)), stroke);
    }
}
