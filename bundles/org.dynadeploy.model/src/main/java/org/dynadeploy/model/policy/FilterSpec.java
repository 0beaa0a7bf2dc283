package org.dynadeploy.model.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reference filter of dydisnix (the {@code filters} argument of a QoS model).
 *
 * @param name the name used in policies (the same as dydisnix's)
 * @param dydisnixFunction the function in dydisnix's filter set ({@code filters.<name>})
 * @param origin where dydisnix implements it
 * @param tool the dydisnix C program an external filter runs, empty for internal ones
 * @param takesDistribution whether it transforms an input candidate distribution (graphcol does not)
 * @param usesPreviousDistribution whether it reads the previous deployment's distribution
 * @param parameters its named parameters besides the services, infrastructure and distribution
 * @param summary one line for docs, completion and messages
 */
public record FilterSpec(String name, String dydisnixFunction, Origin origin, Optional<String> tool,
        boolean takesDistribution, boolean usesPreviousDistribution, List<ParameterSpec> parameters, String summary) {

    /** Where dydisnix implements a filter. */
    public enum Origin {
        /** Pure Nix, in {@code nix/intfilters.nix}. */
        INTERNAL,
        /** A C program run from {@code nix/extfilters.nix}. */
        EXTERNAL
    }

    public FilterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(dydisnixFunction);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(tool);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(summary);
    }

    public Optional<ParameterSpec> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(ParameterSpec::name).toList();
    }

    public List<ParameterSpec> requiredParameters() {
        return parameters.stream().filter(ParameterSpec::required).toList();
    }
}
