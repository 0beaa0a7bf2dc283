package org.dynadeploy.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.FilterSpec;
import org.junit.jupiter.api.Test;

/** The planner implements exactly the filters the shared catalog describes, with its signatures. */
class FilterRegistryTest {

    @Test
    void everyCatalogFilterIsBuiltIn() {
        FilterRegistry registry = FilterRegistry.builtIn();
        assertEquals(new TreeSet<>(FilterCatalog.names()), new TreeSet<>(registry.names()));
        for (FilterSpec spec : FilterCatalog.all()) {
            FilterStep step = registry.find(spec.name()).orElseThrow();
            assertEquals(spec.takesDistribution(), step.takesInput(), spec.name());
            Set<String> accepted = new TreeSet<>(step.requiredParameters());
            accepted.addAll(step.optionalParameters());
            assertEquals(true, accepted.containsAll(spec.parameterNames()), spec.name());
            assertEquals(new TreeSet<>(spec.requiredParameters().stream().map(p -> p.name()).toList()),
                    new TreeSet<>(step.requiredParameters()), spec.name());
        }
    }
}
