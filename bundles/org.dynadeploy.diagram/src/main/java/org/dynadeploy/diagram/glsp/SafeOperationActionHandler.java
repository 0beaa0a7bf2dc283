package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.Severity;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

/**
 * Runs operations so that none is lost silently: an operation without a handler, a refused
 * edit or a failure is shown to the user (a message and a status line), and the diagram is sent
 * again so that what the client moved ahead of the server snaps back. All changes one operation
 * makes (a compound move: bounds plus routing points) are one undo step.
 */
public class SafeOperationActionHandler extends OperationActionHandler {

    private static final Logger LOGGER = LogManager.getLogger(SafeOperationActionHandler.class);
    static final int STATUS_MILLIS = 10000;

    @Inject
    protected DiagramContext context;

    @Override
    protected List<Action> executeOperation(Operation operation) {
        Optional<? extends OperationHandler<?>> handler = operationHandlerRegistry.getOperationHandler(operation);
        if (handler.isEmpty()) {
            return failed(Severity.WARNING, "This diagram cannot do '" + operation.getKind() + "'"
                    + (operation instanceof org.eclipse.glsp.server.operations.CreateOperation create
                            ? " for '" + create.getElementTypeId() + "'" : "") + ".");
        }
        context.beginOperation(handler.get().getLabel());
        try {
            return executeHandler(operation, handler.get());
        } catch (DiagramEditException e) {
            return failed(Severity.WARNING, e.getMessage());
        } catch (RuntimeException e) {
            LOGGER.error("operation " + operation.getKind() + " failed", e);
            return failed(Severity.ERROR, "The edit failed (" + operation.getKind() + "): " + e);
        } finally {
            context.endOperation();
        }
    }

    private List<Action> failed(Severity severity, String message) {
        List<Action> result = new ArrayList<>();
        try {
            result.addAll(submitModel());
        } catch (RuntimeException e) {
            LOGGER.error("could not send the diagram again", e);
        }
        result.add(MessageActionUtil.message(severity, message));
        result.add(StatusActionUtil.status(severity, message, STATUS_MILLIS));
        return result;
    }
}
