package org.dynadeploy.diagram;

/**
 * The GModel element types and ids the server sends (the contract with the web client, see
 * PROTOCOL.md). Ids are built from model names, so an element keeps its id across edits that
 * do not rename it; sub-elements (labels, compartments) append {@code #part} to their node's id.
 */
public final class ElementTypes {

    public static final String GRAPH = "graph";
    public static final String GROUP = "node:group";
    public static final String SERVICE = "node:service";
    public static final String TARGET = "node:target";
    public static final String CONTAINER = "node:container";
    public static final String DEPLOYED = "node:deployed";
    public static final String GROUP_COMPARTMENT = "comp:group";
    public static final String TARGET_COMPARTMENT = "comp:target";
    public static final String HEADING = "label:heading";
    public static final String NAME = "label:name";
    public static final String TYPE = "label:type";
    public static final String PROPERTY = "label:property";
    public static final String DEPENDS_ON = "edge:dependsOn";
    public static final String CONNECTS_TO = "edge:connectsTo";

    /** The id of the root element of every diagram. */
    public static final String ROOT_ID = "graph";

    private ElementTypes() {
    }

    public static String service(String name) {
        return "service:" + name;
    }

    public static String group(String path) {
        return "group:" + path;
    }

    public static String target(String name) {
        return "target:" + name;
    }

    public static String container(String target, String container) {
        return "container:" + target + "/" + container;
    }

    public static String deployed(String target, String service) {
        return "deployed:" + target + "/" + service;
    }

    /** {@code dependsOn:<from>-><to>} or {@code connectsTo:<from>-><to>}. */
    public static String edge(String keyword, String from, String to) {
        return keyword + ":" + from + "->" + to;
    }

    public static String part(String nodeId, String part) {
        return nodeId + "#" + part;
    }

    /** The node id a sub-element id belongs to ({@code service:a#name} -> {@code service:a}). */
    public static String owner(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    /** The name a {@code service:} or {@code target:} id stands for, or null. */
    public static String nameOf(String id, String prefix) {
        String owner = owner(id);
        return owner.startsWith(prefix + ":") ? owner.substring(prefix.length() + 1) : null;
    }
}
