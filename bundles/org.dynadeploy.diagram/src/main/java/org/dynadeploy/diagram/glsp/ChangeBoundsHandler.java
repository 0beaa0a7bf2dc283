package org.dynadeploy.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.diagram.layout.Notation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

/**
 * Moving nodes by hand: the new positions go to the diagram's notation sidecar, never into the
 * model text. Sizes are the server's (computed from the labels and contents), so a new size is ignored.
 */
public class ChangeBoundsHandler extends EditHandler<ChangeBoundsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, Notation.Point> moved = new LinkedHashMap<>();
        Elements elements = elements();
        if (operation.getNewBounds() != null) {
            for (ElementAndBounds bounds : operation.getNewBounds()) {
                Optional<GModelElement> element = elements.find(bounds.getElementId());
                if (element.isPresent() && element.get() instanceof GNode && bounds.getNewPosition() != null) {
                    moved.put(bounds.getElementId(), new Notation.Point(
                            Math.max(0, bounds.getNewPosition().getX()), Math.max(0, bounds.getNewPosition().getY())));
                }
            }
        }
        if (moved.isEmpty()) {
            return doNothing();
        }
        return notation("Move", n -> n.withPositions(moved));
    }
}
