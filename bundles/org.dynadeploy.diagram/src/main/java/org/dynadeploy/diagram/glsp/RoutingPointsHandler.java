package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.diagram.layout.Notation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;

/** Bending edges by hand (also part of every move): the routing points go to the notation sidecar. */
public class RoutingPointsHandler extends EditHandler<ChangeRoutingPointsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        Map<String, List<Notation.Point>> routes = new LinkedHashMap<>();
        Elements elements = elements();
        if (operation.getNewRoutingPoints() != null) {
            for (ElementAndRoutingPoints change : operation.getNewRoutingPoints()) {
                if (elements.find(change.getElementId()).filter(GEdge.class::isInstance).isEmpty()) {
                    continue;
                }
                List<Notation.Point> points = new ArrayList<>();
                if (change.getNewRoutingPoints() != null) {
                    for (GPoint point : change.getNewRoutingPoints()) {
                        points.add(new Notation.Point(point.getX(), point.getY()));
                    }
                }
                routes.put(change.getElementId(), points);
            }
        }
        if (routes.isEmpty()) {
            return doNothing();
        }
        return notation("Route", n -> n.withRoutes(routes));
    }
}
