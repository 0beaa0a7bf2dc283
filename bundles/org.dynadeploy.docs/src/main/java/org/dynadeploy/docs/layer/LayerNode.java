package org.dynadeploy.docs.layer;

/**
 * A node of a layer diagram: a service shown as itself (a leaf) or a sub-group collapsed into
 * one node. {@code context} marks nodes that are not part of the layer's group but are shown
 * because something in the group uses them or they use something in it (§7.3).
 *
 * @param id      unique within the layer: "s:" + service name, or "g:" + group path
 * @param kind    leaf service or collapsed group
 * @param name    the service name, or the group's last path segment
 * @param path    for a service its group path, for a group node the group's own path
 * @param context whether the node lies outside the layer's group
 */
public record LayerNode(String id, Kind kind, String name, String path, boolean context) {

    /** What a node stands for. */
    public enum Kind { SERVICE, GROUP }

    public static LayerNode service(String name, String groupPath, boolean context) {
        return new LayerNode("s:" + name, Kind.SERVICE, name, groupPath, context);
    }

    public static LayerNode group(String path, boolean context) {
        return new LayerNode("g:" + path, Kind.GROUP, path.substring(path.lastIndexOf('/') + 1), path, context);
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }
}
