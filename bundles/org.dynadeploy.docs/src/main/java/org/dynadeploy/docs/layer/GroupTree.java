package org.dynadeploy.docs.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.model.Group;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Services;

/**
 * Every group path of a model set, with what a page needs to know about it. Unlike dydisnix,
 * intermediate groups (holding only sub-groups) and declared but empty groups are groups too:
 * each gets a page, so every link to a group resolves.
 */
public final class GroupTree {

    /** Display name of the root group. */
    public static final String ROOT_TITLE = "All services";

    /** One group: its path, last segment, display title, description and contents. */
    public record GroupInfo(String path, String name, String title, String description,
            List<String> children, List<String> services, int totalServices) {

        public boolean isRoot() {
            return path.isEmpty();
        }
    }

    private final Map<String, GroupInfo> groups;

    private GroupTree(Map<String, GroupInfo> groups) {
        this.groups = groups;
    }

    public static GroupTree of(ModelSet models, ServiceGraph graph, DocsSettings settings) {
        // path -> declared Group objects (several models may declare the same path)
        Map<String, List<Group>> declared = new TreeMap<>(ByteOrder.COMPARATOR);
        declared.put("", new ArrayList<>());
        for (ServicesModel model : models.servicesModels()) {
            for (Group group : Services.allGroups(model)) {
                addWithAncestors(declared, GroupPaths.of(group));
                declared.get(GroupPaths.of(group)).add(group);
            }
        }
        Map<String, TreeSet<String>> direct = new TreeMap<>(ByteOrder.COMPARATOR);
        Map<String, Integer> totals = new TreeMap<>(ByteOrder.COMPARATOR);
        for (String name : graph.names()) {
            String path = graph.group(name);
            addWithAncestors(declared, path);
            direct.computeIfAbsent(path, k -> new TreeSet<>(ByteOrder.COMPARATOR)).add(name);
            for (String ancestor = path; ; ancestor = parent(ancestor)) {
                totals.merge(ancestor, 1, Integer::sum);
                if (ancestor.isEmpty()) break;
            }
        }
        Map<String, TreeSet<String>> children = new TreeMap<>(ByteOrder.COMPARATOR);
        for (String path : declared.keySet()) {
            if (!path.isEmpty()) {
                children.computeIfAbsent(parent(path), k -> new TreeSet<>(ByteOrder.COMPARATOR)).add(path);
            }
        }
        Map<String, GroupInfo> result = new TreeMap<>(ByteOrder.COMPARATOR);
        for (Map.Entry<String, List<Group>> entry : declared.entrySet()) {
            String path = entry.getKey();
            List<Group> objects = entry.getValue();
            String name = lastSegment(path);
            String title = settings.title(path).orElseGet(() -> objects.stream().map(Group::getTitle)
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse(path.isEmpty() ? ROOT_TITLE : name));
            String description = objects.stream().map(Group::getDescription).filter(d -> d != null && !d.isBlank())
                    .findFirst().orElse("");
            result.put(path, new GroupInfo(path, name, title, description,
                    List.copyOf(children.getOrDefault(path, new TreeSet<>())),
                    List.copyOf(direct.getOrDefault(path, new TreeSet<>())),
                    totals.getOrDefault(path, 0)));
        }
        return new GroupTree(result);
    }

    private static void addWithAncestors(Map<String, List<Group>> declared, String path) {
        for (String p = path; ; p = parent(p)) {
            declared.computeIfAbsent(p, k -> new ArrayList<>());
            if (p.isEmpty()) return;
        }
    }

    /** The parent path ("" for a top-level group and for the root). */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean contains(String path) {
        return groups.containsKey(path);
    }

    public GroupInfo get(String path) {
        GroupInfo info = groups.get(path);
        if (info == null) {
            throw new IllegalArgumentException("no group '" + path + "'");
        }
        return info;
    }

    /** Every group path, root first, then the rest in byte order (parents before children). */
    public Collection<String> paths() {
        return groups.keySet();
    }

    /** The groups from the root down to this one, both included. */
    public List<GroupInfo> ancestry(String path) {
        List<GroupInfo> chain = new ArrayList<>();
        for (String p = path; ; p = parent(p)) {
            chain.add(0, get(p));
            if (p.isEmpty()) return chain;
        }
    }
}
