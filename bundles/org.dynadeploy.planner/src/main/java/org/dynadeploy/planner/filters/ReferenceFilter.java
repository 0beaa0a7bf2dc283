package org.dynadeploy.planner.filters;

import java.util.LinkedHashSet;
import java.util.Set;

import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.FilterSpec;
import org.dynadeploy.model.policy.ParameterSpec;
import org.dynadeploy.planner.FilterStep;

/**
 * A dydisnix reference filter. Its signature (parameters, whether it takes an input distribution)
 * comes from the shared {@link FilterCatalog}, so the policy language, the command line and the
 * planner cannot disagree about it.
 */
abstract class ReferenceFilter implements FilterStep {

    private FilterSpec spec() {
        return FilterCatalog.lookup(name())
                .orElseThrow(() -> new IllegalStateException("the filter catalog has no filter '" + name() + "'"));
    }

    @Override
    public Set<String> requiredParameters() {
        Set<String> names = new LinkedHashSet<>();
        spec().requiredParameters().forEach(parameter -> names.add(parameter.name()));
        return names;
    }

    @Override
    public Set<String> optionalParameters() {
        Set<String> names = new LinkedHashSet<>();
        for (ParameterSpec parameter : spec().parameters()) {
            if (!parameter.required()) names.add(parameter.name());
        }
        names.addAll(extraOptions());
        return names;
    }

    @Override
    public boolean takesInput() {
        return spec().takesDistribution();
    }

    /** DynaDeploy options beyond dydisnix's parameters (e.g. {@code algorithm}). */
    Set<String> extraOptions() {
        return Set.of();
    }
}
