package org.dynadeploy.docs.layer;

/** A dependency between two nodes of a layer, by node id. */
public record LayerEdge(String from, String to, EdgeKind kind) {
}
