package org.dynadeploy.model.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.dynadeploy.model.Group;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * The dydisnix group path of services and groups: nested {@link Group}s in a model are the
 * '/'-separated path segments ("" is the root group).
 */
public final class GroupPaths {

    private GroupPaths() {
    }

    /** The group path of a service: the names of its enclosing groups joined by '/'. */
    public static String of(Service service) {
        return pathOf(service.eContainer());
    }

    /** The full path of a group, including its own name. */
    public static String of(Group group) {
        return pathOf(group);
    }

    private static String pathOf(EObject container) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = container; current instanceof Group group; current = group.eContainer()) {
            segments.addFirst(group.getName());
        }
        return String.join("/", segments);
    }

    /** Splits a path into its segments; the root "" has none. */
    public static List<String> segments(String path) {
        return path == null || path.isEmpty() ? List.of() : List.of(path.split("/", -1));
    }

    /**
     * Finds or creates the nested groups for a path in a services model and returns the list a
     * service of that path belongs in.
     */
    public static EList<Service> servicesListFor(ServicesModel model, String path) {
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            return model.getServices();
        }
        EList<Group> siblings = model.getGroups();
        Group group = null;
        for (String segment : segments) {
            group = findOrCreate(siblings, segment);
            siblings = group.getGroups();
        }
        return group.getServices();
    }

    private static Group findOrCreate(EList<Group> siblings, String name) {
        for (Group existing : siblings) {
            if (name.equals(existing.getName())) {
                return existing;
            }
        }
        Group created = ModelFactory.eINSTANCE.createGroup();
        created.setName(name);
        siblings.add(created);
        return created;
    }
}
