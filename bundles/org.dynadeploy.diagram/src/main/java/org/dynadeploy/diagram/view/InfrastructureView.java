package org.dynadeploy.diagram.view;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.layout.TextMetrics;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;

/**
 * The infrastructure diagram: a box per target with its key properties (system, cores, client
 * interface, target property and its own properties, one {@code key = value} line each) and its
 * containers.
 */
public final class InfrastructureView {

    private InfrastructureView() {
    }

    public static GGraph build(ModelSet models) {
        GGraphBuilder graph = new GGraphBuilder().id(ElementTypes.ROOT_ID);
        for (Target target : models.targetsByName().values()) {
            String id = ElementTypes.target(target.getName());
            GNode node = Shapes.container(id, ElementTypes.TARGET, target.getName(), ElementTypes.TARGET_COMPARTMENT);
            node.getArgs().put("name", target.getName());
            GCompartment compartment = (GCompartment) node.getChildren().get(1);
            for (Map.Entry<String, String> property : properties(target).entrySet()) {
                GLabel label = Shapes.label(ElementTypes.part(id, "prop:" + property.getKey()), ElementTypes.PROPERTY,
                        property.getKey() + " = " + property.getValue(), TextMetrics.PROPERTY);
                label.getArgs().put("key", property.getKey());
                compartment.getChildren().add(label);
            }
            Set<String> containers = new HashSet<>();
            for (Container container : target.getContainers()) {
                if (container.getName() == null || !containers.add(container.getName())) {
                    continue;
                }
                GNode box = Shapes.box(ElementTypes.container(target.getName(), container.getName()), ElementTypes.CONTAINER,
                        container.getName(), null);
                box.getArgs().put("target", target.getName());
                box.getArgs().put("name", container.getName());
                compartment.getChildren().add(box);
            }
            graph.add(node);
        }
        return graph.build();
    }

    /** The key properties of a target in the order they are written in the language. */
    static Map<String, String> properties(Target target) {
        Map<String, String> result = new LinkedHashMap<>();
        if (target.getSystem() != null) {
            result.put("system", "\"" + target.getSystem() + "\"");
        }
        if (target.getNumOfCores() != null) {
            result.put("cores", target.getNumOfCores().toString());
        }
        if (target.getClientInterface() != null) {
            result.put("clientInterface", "\"" + target.getClientInterface() + "\"");
        }
        if (target.getTargetProperty() != null) {
            result.put("targetProperty", target.getTargetProperty());
        }
        for (Property property : target.getProperties()) {
            if (property.getName() != null) {
                result.putIfAbsent(property.getName(), ValueText.of(property.getValue()));
            }
        }
        return result;
    }
}
