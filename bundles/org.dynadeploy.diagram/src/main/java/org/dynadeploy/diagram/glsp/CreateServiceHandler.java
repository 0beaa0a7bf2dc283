package org.dynadeploy.diagram.glsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/**
 * Palette "Service": a new, empty service in the group it was dropped into (at the top level when
 * dropped on the canvas), named {@code service1}, {@code service2}, ... unless the operation's
 * args give {@code name} (and optionally {@code type}).
 */
public class CreateServiceHandler extends EditHandler<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(ElementTypes.SERVICE);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Service";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        if (!DiagramTypes.ARCHITECTURE.equals(diagramType)) {
            throw new DiagramEditException("Services are created in the architecture diagram.");
        }
        String path = Elements.groupPath(elements().container(operation.getContainerId()));
        Map<String, String> args = operation.getArgs() == null ? Map.of() : operation.getArgs();
        return edit("Create service", e -> e.createService(path, args.get("name"), args.get("type")));
    }
}
