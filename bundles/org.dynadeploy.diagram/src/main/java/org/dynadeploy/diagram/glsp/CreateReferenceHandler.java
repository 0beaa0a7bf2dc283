package org.dynadeploy.diagram.glsp;

import java.util.List;
import java.util.Optional;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ReferenceKind;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** Palette "Depends on" / "Connects to": adds the reference to the source service's text. */
public class CreateReferenceHandler extends EditHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(ElementTypes.DEPENDS_ON, ElementTypes.CONNECTS_TO);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Reference";
    }

    static ReferenceKind kind(String elementType) {
        return ElementTypes.CONNECTS_TO.equals(elementType) ? ReferenceKind.CONNECTS_TO : ReferenceKind.DEPENDS_ON;
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        if (!DiagramTypes.ARCHITECTURE.equals(diagramType)) {
            throw new DiagramEditException("References between services are drawn in the architecture diagram.");
        }
        Elements elements = elements();
        String from = elements.serviceName(operation.getSourceElementId(), "The start of a reference");
        String to = elements.serviceName(operation.getTargetElementId(), "The end of a reference");
        ReferenceKind kind = kind(operation.getElementTypeId());
        return edit("Connect", e -> e.connect(kind, from, to));
    }
}
