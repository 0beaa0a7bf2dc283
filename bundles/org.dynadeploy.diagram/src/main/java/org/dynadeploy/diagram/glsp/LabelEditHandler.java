package org.dynadeploy.diagram.glsp;

import java.util.Optional;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/**
 * Editing a label renames: a service (its name label in the architecture diagram, or a deployed
 * service's) with every reference in every file, or a target (its heading) with its references.
 * Hand-made positions follow the new ids.
 */
public class LabelEditHandler extends EditHandler<ApplyLabelEditOperation> {

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        Elements elements = elements();
        GModelElement node = elements.ownerOf(operation.getLabelId());
        String text = operation.getText() == null ? "" : operation.getText().strip();
        switch (node.getType()) {
            case ElementTypes.SERVICE, ElementTypes.DEPLOYED -> {
                String old = Elements.arg(node, ElementTypes.SERVICE.equals(node.getType()) ? "name" : "service");
                return Optional.of(new EditCommand("Rename", () -> {
                    ModelChange change = context.edit(e -> e.renameService(old, text));
                    if (!change.isEmpty()) {
                        context.changeAllNotations(change.label(), n -> n.mapIds(IdRenames.service(old, text)));
                    }
                }));
            }
            case ElementTypes.TARGET -> {
                String old = Elements.arg(node, "name");
                return Optional.of(new EditCommand("Rename", () -> {
                    ModelChange change = context.edit(e -> e.renameTarget(old, text));
                    if (!change.isEmpty()) {
                        context.changeAllNotations(change.label(), n -> n.mapIds(IdRenames.target(old, text)));
                    }
                }));
            }
            default -> throw new DiagramEditException("Cannot rename " + Elements.describe(node)
                    + " in the diagram; edit its name in the model file.");
        }
    }
}
