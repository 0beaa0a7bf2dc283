package org.dynadeploy.diagram.glsp;

import java.util.Optional;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ReferenceKind;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

/** Dragging an end of a reference edge to another service: the reference moves in the text. */
public class ReconnectHandler extends EditHandler<ReconnectEdgeOperation> {

    @Override
    public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
        Elements elements = elements();
        GModelElement element = elements.get(operation.getEdgeElementId());
        if (!(element instanceof GEdge edge) || !(Elements.is(edge, ElementTypes.DEPENDS_ON) || Elements.is(edge, ElementTypes.CONNECTS_TO))) {
            throw new DiagramEditException("Only dependsOn and connectsTo edges can be reconnected.");
        }
        ReferenceKind kind = CreateReferenceHandler.kind(edge.getType());
        String oldFrom = elements.serviceName(edge.getSourceId(), "The start of a reference");
        String oldTo = elements.serviceName(edge.getTargetId(), "The end of a reference");
        String newFrom = elements.serviceName(operation.getSourceElementId(), "The start of a reference");
        String newTo = elements.serviceName(operation.getTargetElementId(), "The end of a reference");
        return edit("Reconnect", e -> e.reconnect(kind, oldFrom, oldTo, newFrom, newTo));
    }
}
