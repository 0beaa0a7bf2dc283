package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ByteOrder;

/**
 * The box diagrams of the infrastructure (targets, their key properties and containers) and
 * of a deployment (targets holding containers holding the services a distribution puts there).
 */
public final class InfraViews {

    /** How many properties a target box lists before it says "and N more". */
    static final int KEY_PROPERTIES = 6;

    private InfraViews() {
    }

    public static BoxDiagram infrastructure(Catalog catalog, String fromDir, DiagramStyle style) {
        List<BoxDiagram.Block> blocks = new ArrayList<>();
        for (Target target : catalog.targets().values()) {
            List<BoxDiagram.Compartment> compartments = new ArrayList<>();
            for (Container container : sortedContainers(target)) {
                List<BoxDiagram.Item> items = new ArrayList<>();
                for (Property p : PropertyOrder.of(container.getProperties())) {
                    items.add(new BoxDiagram.Item(style.clip(p.getName() + " = " + ValueText.of(p.getValue())), null, null));
                }
                compartments.add(new BoxDiagram.Compartment(style.clip(container.getName()), items, false));
            }
            if (compartments.isEmpty()) {
                compartments.add(new BoxDiagram.Compartment("(no defined containers)", List.of(), true));
            }
            blocks.add(new BoxDiagram.Block(style.clip(target.getName()),
                    Links.relative(fromDir, Links.INFRASTRUCTURE + "#" + Links.targetAnchor(target.getName())),
                    target.getName(), keyDetails(target, style), compartments));
        }
        return new BoxDiagram("Infrastructure", blocks.size() + (blocks.size() == 1 ? " target" : " targets"), blocks, style);
    }

    public static BoxDiagram deployment(Catalog catalog, Deployment deployment, String fromDir, DiagramStyle style) {
        Map<String, Target> targets = catalog.targets();
        TreeSet<String> names = new TreeSet<>(ByteOrder.COMPARATOR);
        names.addAll(targets.keySet());
        names.addAll(deployment.byTarget().keySet());
        List<BoxDiagram.Block> blocks = new ArrayList<>();
        int placements = 0;
        for (String name : names) {
            Target target = targets.get(name);
            Map<String, TreeSet<String>> byContainer = new TreeMap<>(ByteOrder.COMPARATOR);
            if (target != null) {
                for (Container container : target.getContainers()) {
                    byContainer.put(container.getName(), new TreeSet<>(ByteOrder.COMPARATOR));
                }
            }
            deployment.byTarget().getOrDefault(name, Map.of()).forEach((container, services) ->
                    byContainer.computeIfAbsent(container, k -> new TreeSet<>(ByteOrder.COMPARATOR)).addAll(services));
            List<BoxDiagram.Compartment> compartments = new ArrayList<>();
            for (Map.Entry<String, TreeSet<String>> entry : byContainer.entrySet()) {
                boolean declared = target != null && target.getContainers().stream().anyMatch(c -> entry.getKey().equals(c.getName()));
                List<BoxDiagram.Item> items = new ArrayList<>();
                for (String service : entry.getValue()) {
                    String group = catalog.graph().group(service);
                    String href = group == null ? null : Links.relative(fromDir, Links.serviceEntry(service, group));
                    items.add(new BoxDiagram.Item(style.clip(service), href, service));
                    placements++;
                }
                String title = entry.getKey().isEmpty() ? "(no container)" : entry.getKey();
                compartments.add(new BoxDiagram.Compartment(style.clip(declared ? title : title + " (not declared)"), items, !declared));
            }
            List<String> details = target == null ? List.of("not in the infrastructure model") : List.of();
            String page = catalog.hasInfrastructure() && target != null ? Links.INFRASTRUCTURE : Links.DEPLOYMENT;
            blocks.add(new BoxDiagram.Block(style.clip(name), Links.relative(fromDir, page + "#" + Links.targetAnchor(name)),
                    name, details, compartments));
        }
        return new BoxDiagram("Deployment", placements + (placements == 1 ? " service placement on " : " service placements on ")
                + blocks.size() + (blocks.size() == 1 ? " target" : " targets"), blocks, style);
    }

    /** system, cores, then the first scalar properties in byte order. */
    private static List<String> keyDetails(Target target, DiagramStyle style) {
        List<String> details = new ArrayList<>();
        if (target.getSystem() != null) details.add(style.clip("system: " + target.getSystem()));
        if (target.getNumOfCores() != null) details.add("cores: " + target.getNumOfCores());
        List<Property> scalars = PropertyOrder.of(target.getProperties()).stream()
                .filter(p -> !(p.getValue() instanceof ListValue) && !(p.getValue() instanceof AttrsValue)).toList();
        int shown = 0;
        for (Property p : scalars) {
            if (shown == KEY_PROPERTIES) {
                details.add("\u2026 and " + (scalars.size() - shown) + " more");
                break;
            }
            details.add(style.clip(p.getName() + ": " + ValueText.of(p.getValue())));
            shown++;
        }
        return details;
    }

    /** A target's containers in byte order of name. */
    public static List<Container> sortedContainers(Target target) {
        List<Container> containers = new ArrayList<>(target.getContainers());
        containers.sort((a, b) -> ByteOrder.compare(String.valueOf(a.getName()), String.valueOf(b.getName())));
        return containers;
    }
}
