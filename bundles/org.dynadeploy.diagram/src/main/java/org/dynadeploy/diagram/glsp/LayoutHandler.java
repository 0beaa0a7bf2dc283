package org.dynadeploy.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;

/**
 * "Layout": forgets the hand-made positions and routes (of the given elements, or all) so the
 * automatic layout applies again. Undoable like any other change.
 */
public class LayoutHandler extends EditHandler<LayoutOperation> {

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        var ids = operation.getElementIds() == null || operation.getElementIds().isEmpty() ? null : operation.getElementIds();
        return notation("Layout", n -> n.without(ids));
    }
}
