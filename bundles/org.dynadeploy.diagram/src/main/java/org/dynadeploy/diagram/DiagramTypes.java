package org.dynadeploy.diagram;

import java.util.List;

/** The GLSP diagram types of the DynaDeploy diagrams (the {@code diagramType} a client asks for). */
public final class DiagramTypes {

    /** Services in nested group boxes, dependsOn and connectsTo edges. */
    public static final String ARCHITECTURE = "dynadeploy-architecture";
    /** Targets holding their containers and the services the distribution places there. */
    public static final String DEPLOYMENT = "dynadeploy-deployment";
    /** Targets with their key properties and containers. */
    public static final String INFRASTRUCTURE = "dynadeploy-infrastructure";

    public static final List<String> ALL = List.of(ARCHITECTURE, DEPLOYMENT, INFRASTRUCTURE);

    private DiagramTypes() {
    }
}
