package org.dynadeploy.docs.layout;

import java.util.List;

/**
 * Positions computed for a diagram, in pixels, origin top-left.
 *
 * @param width  of the laid-out graph, padding included
 * @param height of the laid-out graph, padding included
 * @param boxes  one per node, in the order the nodes were given
 * @param routes one per edge, in the order the edges were given
 */
public record DiagramLayout(double width, double height, List<Box> boxes, List<Route> routes) {

    /** A node's rectangle. */
    public record Box(String id, double x, double y, double width, double height) {
        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /** A point of an edge route. */
    public record Point(double x, double y) {
    }

    /** An edge's route: start on the source box, bends, end on the target box. */
    public record Route(String from, String to, List<Point> points) {
    }
}
