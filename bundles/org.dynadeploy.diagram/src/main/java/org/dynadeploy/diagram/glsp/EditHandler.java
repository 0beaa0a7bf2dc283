package org.dynadeploy.diagram.glsp;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.edit.ModelEdits;
import org.dynadeploy.diagram.layout.Notation;
import org.dynadeploy.diagram.source.ModelChange;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

/**
 * Base of the operation handlers: an operation becomes a command that edits the model text
 * (through the {@link DiagramContext}) or the notation. Refusals are
 * {@link org.dynadeploy.diagram.source.DiagramEditException}s, shown to the user by
 * {@link SafeOperationActionHandler}.
 */
public abstract class EditHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected DiagramContext context;

    @Inject
    @DiagramType
    protected String diagramType;

    protected Elements elements() {
        return new Elements(modelState);
    }

    protected Optional<Command> edit(String label, Function<ModelEdits, ModelChange> change) {
        return Optional.of(new EditCommand(label, () -> context.edit(change)));
    }

    protected Optional<Command> notation(String label, UnaryOperator<Notation> change) {
        return Optional.of(new EditCommand(label, () -> context.changeNotation(diagramType, label, change)));
    }
}
