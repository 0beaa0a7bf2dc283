package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ModelEdits;
import org.dynadeploy.diagram.edit.ReferenceKind;
import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.view.Diagrams;
import org.dynadeploy.model.DistributionModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.DeleteOperation;

/**
 * Delete key: services go with every reference to them (dependsOn/connectsTo of other services,
 * their distribution mappings); edges remove one reference; an empty group goes; a deployed
 * service leaves its target in the distribution. Targets and containers are refused (edit the
 * .infra file). Everything selected is one change, one undo step.
 */
public class DeleteHandler extends EditHandler<DeleteOperation> {

    private record Reference(ReferenceKind kind, String from, String to) {
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Elements elements = elements();
        Set<String> services = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<Reference> references = new ArrayList<>();
        Map<String, Set<String>> undeployed = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (String id : operation.getElementIds() == null ? List.<String>of() : operation.getElementIds()) {
            Optional<GModelElement> found = elements.find(id).map(elements::owner);
            if (found.isEmpty() || found.get() instanceof GGraph) {
                continue; // gone already (deleted with its service) or nothing to delete
            }
            GModelElement element = found.get();
            switch (element.getType()) {
                case ElementTypes.SERVICE -> services.add(Elements.arg(element, "name"));
                case ElementTypes.GROUP -> groups.add(Elements.arg(element, "path"));
                case ElementTypes.DEPENDS_ON, ElementTypes.CONNECTS_TO -> {
                    GEdge edge = (GEdge) element;
                    references.add(new Reference(CreateReferenceHandler.kind(edge.getType()),
                            elements.serviceName(edge.getSourceId(), "The start of a reference"),
                            elements.serviceName(edge.getTargetId(), "The end of a reference")));
                }
                case ElementTypes.DEPLOYED -> undeployed.computeIfAbsent(Elements.arg(element, "service"), s -> new LinkedHashSet<>())
                        .add(Elements.arg(element, "target"));
                default -> refused.add(Elements.describe(element));
            }
        }
        if (!refused.isEmpty()) {
            throw new DiagramEditException("Cannot delete " + String.join(", ", refused)
                    + " in the diagram: targets and containers are edited in the .infra file.");
        }
        if (services.isEmpty() && groups.isEmpty() && references.isEmpty() && undeployed.isEmpty()) {
            return doNothing();
        }
        Map<String, String> options = modelState.getClientOptions();
        String label = "Delete";
        return edit(label, e -> {
            List<ModelChange> changes = new ArrayList<>();
            if (!services.isEmpty()) {
                changes.add(e.deleteServices(services));
            }
            for (Reference reference : references) {
                if (!services.contains(reference.from()) && !services.contains(reference.to())) {
                    changes.add(e.disconnect(reference.kind(), reference.from(), reference.to()));
                }
            }
            for (String group : groups) {
                changes.add(e.deleteGroup(group));
            }
            if (!undeployed.isEmpty()) {
                DistributionModel distribution = Diagrams.distribution(e.snapshot().models(), options);
                if (distribution == null) {
                    throw new DiagramEditException("There is no distribution to change.");
                }
                undeployed.forEach((service, targets) -> {
                    if (!services.contains(service)) {
                        changes.add(e.undeploy(distribution, service, targets));
                    }
                });
            }
            String what = changes.size() == 1 ? changes.get(0).label() : "Delete " + (services.size() + groups.size()
                    + references.size() + undeployed.size()) + " elements";
            return ModelEdits.combine(what, changes);
        });
    }
}
