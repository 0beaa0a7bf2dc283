package org.dynadeploy.model.policy;

import java.util.List;
import java.util.Objects;

/**
 * One named parameter of a reference filter.
 *
 * @param name the argument name, as in dydisnix ({@code serviceProperty}, {@code strategy}, ...)
 * @param kind what the value names or selects
 * @param shape what the named property's values must be (ANY for a strategy)
 * @param required whether a call must give it
 * @param allowedValues the only values allowed (strategies), or empty for any name
 * @param description one line for docs, completion and messages
 */
public record ParameterSpec(String name, ParameterKind kind, ValueShape shape, boolean required,
        List<String> allowedValues, String description) {

    public ParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(shape);
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(description);
    }

    static ParameterSpec serviceProperty(String name, ValueShape shape, String description) {
        return new ParameterSpec(name, ParameterKind.PROPERTY_OF_SERVICE, shape, true, List.of(), description);
    }

    static ParameterSpec targetProperty(String name, ValueShape shape, String description) {
        return new ParameterSpec(name, ParameterKind.PROPERTY_OF_TARGET, shape, true, List.of(), description);
    }

    static ParameterSpec strategy() {
        return new ParameterSpec("strategy", ParameterKind.STRATEGY, ValueShape.ANY, true,
                DivideStrategy.literals(), "how to pick a target: greedy, highest-bidder or lowest-bidder");
    }

    /** An optional choice of algorithm; the first value is the default (dydisnix's answers). */
    static ParameterSpec algorithm(String description, String... values) {
        return new ParameterSpec("algorithm", ParameterKind.CHOICE, ValueShape.ANY, false, List.of(values), description);
    }

    /** Whether the value names a property (of a service or of a target). */
    public boolean namesProperty() {
        return kind == ParameterKind.PROPERTY_OF_SERVICE || kind == ParameterKind.PROPERTY_OF_TARGET;
    }
}
