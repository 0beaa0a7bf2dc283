package org.dynadeploy.diagram.glsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ModelEdits;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.view.Diagrams;
import org.dynadeploy.model.DistributionModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;

/**
 * Dropping a node into another box: a service into another group (its text block moves into that
 * group, or to the top level when dropped on the canvas); in the deployment diagram a deployed
 * service onto another target or container (the distribution mapping changes and is pinned).
 */
public class ChangeContainerHandler extends EditHandler<ChangeContainerOperation> {

    @Override
    public Optional<Command> createCommand(ChangeContainerOperation operation) {
        Elements elements = elements();
        GModelElement element = elements.ownerOf(operation.getElementId());
        GModelElement container = elements.container(operation.getTargetContainerId());
        if (DiagramTypes.ARCHITECTURE.equals(diagramType) && Elements.is(element, ElementTypes.SERVICE)) {
            String name = Elements.arg(element, "name");
            String path = Elements.groupPath(container);
            return moveAndForget(element.getId(), e -> e.moveService(name, path));
        }
        if (DiagramTypes.DEPLOYMENT.equals(diagramType) && Elements.is(element, ElementTypes.DEPLOYED)) {
            String service = Elements.arg(element, "service");
            String from = Elements.arg(element, "target");
            String to;
            String in = null;
            if (Elements.is(container, ElementTypes.TARGET)) {
                to = Elements.arg(container, "name");
            } else if (Elements.is(container, ElementTypes.CONTAINER)) {
                to = Elements.arg(container, "target");
                in = Elements.arg(container, "name");
            } else {
                throw new DiagramEditException("Services are deployed to targets: drop '" + service + "' on a target or a container.");
            }
            String target = to;
            String containerName = in;
            Map<String, String> options = modelState.getClientOptions();
            return moveAndForget(element.getId(), e -> {
                DistributionModel distribution = Diagrams.distribution(e.snapshot().models(), options);
                if (distribution == null) {
                    throw new DiagramEditException("There is no distribution to change.");
                }
                return e.moveDeployment(distribution, service, from, target, containerName);
            });
        }
        throw new DiagramEditException("Cannot move " + Elements.describe(element) + " into " + Elements.describe(container) + ".");
    }

    /**
     * Makes the edit and forgets the element's hand-made position: it was relative to the old
     * box, and the layout places the element in its new one (one undo step with the text change).
     */
    private Optional<Command> moveAndForget(String id, java.util.function.Function<ModelEdits, ModelChange> change) {
        return Optional.of(new EditCommand("Move", () -> {
            ModelChange made = context.edit(change);
            if (!made.isEmpty()) {
                context.changeNotation(diagramType, made.label(), n -> n.without(List.of(id)));
            }
        }));
    }
}
