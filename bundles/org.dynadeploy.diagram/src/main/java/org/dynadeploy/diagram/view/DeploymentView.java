package org.dynadeploy.diagram.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;

/**
 * The deployment diagram: a box per target holding its containers and the services the chosen
 * distribution places there ({@code node:deployed}, one per service and target).
 */
public final class DeploymentView {

    private DeploymentView() {
    }

    public static GGraph build(ModelSet models, DistributionModel distribution) {
        Map<String, List<ServiceMapping>> byTarget = new TreeMap<>(ByteOrder.COMPARATOR);
        Map<String, Map<String, TargetMapping>> placed = new TreeMap<>(ByteOrder.COMPARATOR);
        if (distribution != null) {
            for (ServiceMapping mapping : distribution.getMappings()) {
                if (mapping.getService() == null || mapping.getService().eIsProxy() || mapping.getService().getName() == null) {
                    continue;
                }
                for (TargetMapping target : mapping.getTargets()) {
                    if (target.getTarget() == null || target.getTarget().eIsProxy()) {
                        continue;
                    }
                    placed.computeIfAbsent(target.getTarget().getName(), t -> new TreeMap<>(ByteOrder.COMPARATOR))
                            .putIfAbsent(mapping.getService().getName(), target);
                    byTarget.computeIfAbsent(target.getTarget().getName(), t -> new ArrayList<>()).add(mapping);
                }
            }
        }
        GGraphBuilder graph = new GGraphBuilder().id(ElementTypes.ROOT_ID);
        if (distribution != null) {
            graph.addArgument("distribution", DistributionChoice.fileName(distribution));
        }
        for (Target target : models.targetsByName().values()) {
            GNode node = Shapes.container(ElementTypes.target(target.getName()), ElementTypes.TARGET, target.getName(),
                    ElementTypes.TARGET_COMPARTMENT);
            node.getArgs().put("name", target.getName());
            GCompartment compartment = (GCompartment) node.getChildren().get(1);
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
            for (Map.Entry<String, TargetMapping> entry : placed.getOrDefault(target.getName(), Map.of()).entrySet()) {
                TargetMapping mapping = entry.getValue();
                ServiceMapping service = (ServiceMapping) mapping.eContainer();
                GNode box = Shapes.box(ElementTypes.deployed(target.getName(), entry.getKey()), ElementTypes.DEPLOYED,
                        entry.getKey(), null);
                box.getArgs().put("service", entry.getKey());
                box.getArgs().put("target", target.getName());
                if (mapping.getContainer() != null) {
                    box.getArgs().put("container", mapping.getContainer());
                }
                if (service.isPinned()) {
                    box.getCssClasses().add("pinned");
                    box.getArgs().put("pinned", Boolean.TRUE);
                }
                compartment.getChildren().add(box);
            }
            graph.add(node);
        }
        return graph.build();
    }
}
