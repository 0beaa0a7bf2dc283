package org.dynadeploy.diagram.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ReferenceKind;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;

/**
 * The architecture diagram: a box per group path (groups of one path in several files are one
 * box), nested like the paths, holding the services of that path; the dependsOn and connectsTo
 * references as edges. Everything in byte order of names, so the same model gives the same graph.
 */
public final class ArchitectureView {

    private static final class GroupInfo {
        final String path;
        final String name;
        String title;
        String description;
        final Map<String, GroupInfo> children = new TreeMap<>(ByteOrder.COMPARATOR);
        final Map<String, Service> services = new TreeMap<>(ByteOrder.COMPARATOR);

        GroupInfo(String path, String name) {
            this.path = path;
            this.name = name;
        }
    }

    private ArchitectureView() {
    }

    public static GGraph build(ModelSet models) {
        GroupInfo root = new GroupInfo("", "");
        Set<String> seen = new HashSet<>();
        for (ServicesModel model : models.servicesModels()) {
            collect(root, model.getGroups(), model.getServices(), seen);
        }
        GGraphBuilder graph = new GGraphBuilder().id(ElementTypes.ROOT_ID);
        List<GModelElement> top = new ArrayList<>();
        children(root, top);
        graph.addAll(top);
        List<GEdge> edges = new ArrayList<>();
        Map<String, Service> services = models.servicesByName();
        for (Service service : services.values()) {
            if (!seen.contains(service.getName())) {
                continue;
            }
            for (ReferenceKind kind : ReferenceKind.values()) {
                Set<String> done = new HashSet<>();
                for (Service target : kind.of(service)) {
                    if (target.eIsProxy() || target.getName() == null || !seen.contains(target.getName())
                            || services.get(target.getName()) != target || !done.add(target.getName())) {
                        continue;
                    }
                    String type = kind == ReferenceKind.DEPENDS_ON ? ElementTypes.DEPENDS_ON : ElementTypes.CONNECTS_TO;
                    edges.add(new GEdgeBuilder(type).id(ElementTypes.edge(kind.keyword(), service.getName(), target.getName()))
                            .sourceId(ElementTypes.service(service.getName()))
                            .targetId(ElementTypes.service(target.getName()))
                            .addArgument("kind", kind.keyword())
                            .build());
                }
            }
        }
        graph.addAll(edges);
        return graph.build();
    }

    private static void collect(GroupInfo into, List<Group> groups, List<Service> services, Set<String> seen) {
        for (Service service : services) {
            if (service.getName() != null && seen.add(service.getName())) {
                into.services.put(service.getName(), service);
            }
        }
        for (Group group : groups) {
            if (group.getName() == null) {
                continue;
            }
            GroupInfo child = into.children.computeIfAbsent(group.getName(),
                    name -> new GroupInfo(GroupPaths.of(group), name));
            if (child.title == null) {
                child.title = group.getTitle();
            }
            if (child.description == null) {
                child.description = group.getDescription();
            }
            collect(child, group.getGroups(), group.getServices(), seen);
        }
    }

    private static void children(GroupInfo group, List<GModelElement> into) {
        for (GroupInfo child : group.children.values()) {
            GNode node = Shapes.container(ElementTypes.group(child.path), ElementTypes.GROUP, child.name,
                    ElementTypes.GROUP_COMPARTMENT);
            node.getArgs().put("path", child.path);
            node.getArgs().put("name", child.name);
            if (child.title != null) {
                node.getArgs().put("title", child.title);
            }
            if (child.description != null) {
                node.getArgs().put("description", child.description);
            }
            GCompartment compartment = (GCompartment) node.getChildren().get(1);
            List<GModelElement> nested = new ArrayList<>();
            children(child, nested);
            compartment.getChildren().addAll(nested);
            into.add(node);
        }
        for (Service service : group.services.values()) {
            into.add(serviceNode(service));
        }
    }

    static GNode serviceNode(Service service) {
        GNode node = Shapes.box(ElementTypes.service(service.getName()), ElementTypes.SERVICE, service.getName(),
                service.getType() == null ? "" : service.getType());
        node.getArgs().put("name", service.getName());
        if (service.getType() != null) {
            node.getArgs().put("type", service.getType());
        }
        node.getArgs().put("group", GroupPaths.of(service));
        if (service.getDescription() != null) {
            node.getArgs().put("description", service.getDescription());
        }
        if (service.isStateful()) {
            node.getCssClasses().add("stateful");
            node.getArgs().put("stateful", Boolean.TRUE);
        }
        return node;
    }
}
