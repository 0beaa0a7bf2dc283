package org.dynadeploy.model.policy;

/** What the value of a filter parameter names or selects. */
public enum ParameterKind {
    /** The name of a service attribute (a property, or a dedicated one such as {@code type}). */
    PROPERTY_OF_SERVICE,
    /** The name of a target property ({@code infrastructure.<t>.properties.<name>}). */
    PROPERTY_OF_TARGET,
    /** A division strategy of {@code divide}: one of {@link DivideStrategy}. */
    STRATEGY,
    /** One of a fixed set of options (e.g. a DynaDeploy {@code algorithm} beyond dydisnix). */
    CHOICE
}
