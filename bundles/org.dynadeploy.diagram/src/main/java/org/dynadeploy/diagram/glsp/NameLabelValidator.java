package org.dynadeploy.diagram.glsp;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.ElementTypes;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

/** Checks a new name while the user types it: not empty, one line, not taken. */
public class NameLabelValidator implements LabelEditValidator {

    @Inject
    protected DiagramContext context;

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        String name = label == null ? "" : label.strip();
        GModelElement node = element instanceof GLabel ? element.getParent() : element;
        if (node == null) {
            return ValidationStatus.ok();
        }
        boolean service = ElementTypes.SERVICE.equals(node.getType()) || ElementTypes.DEPLOYED.equals(node.getType());
        boolean target = ElementTypes.TARGET.equals(node.getType());
        if (!service && !target) {
            return ValidationStatus.error("This label cannot be edited.");
        }
        if (name.isEmpty()) {
            return ValidationStatus.error("A name must not be empty.");
        }
        Object current = node.getArgs().get(ElementTypes.DEPLOYED.equals(node.getType()) ? "service" : "name");
        if (name.equals(current)) {
            return ValidationStatus.ok();
        }
        boolean taken = context.read(s -> service ? s.models().servicesByName().containsKey(name)
                : s.models().targetsByName().containsKey(name));
        if (taken) {
            return ValidationStatus.error("A " + (service ? "service" : "target") + " named '" + name + "' exists already.");
        }
        if (!name.matches("[a-zA-Z_][a-zA-Z_0-9-]*")) {
            return ValidationStatus.warning("Not an identifier: the name will be written in quotes.");
        }
        return ValidationStatus.ok();
    }
}
