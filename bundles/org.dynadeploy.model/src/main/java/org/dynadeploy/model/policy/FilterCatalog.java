package org.dynadeploy.model.policy;

import static org.dynadeploy.model.policy.ParameterSpec.algorithm;
import static org.dynadeploy.model.policy.ParameterSpec.serviceProperty;
import static org.dynadeploy.model.policy.ParameterSpec.strategy;
import static org.dynadeploy.model.policy.ParameterSpec.targetProperty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.model.policy.FilterSpec.Origin;

/**
 * The reference filters of dydisnix (behaviour reference §4) with their parameters: the one
 * description the policy language, the planner and the command line share. Immutable.
 */
public final class FilterCatalog {

    private static final Map<String, FilterSpec> FILTERS = index(
            internal("mapAttrOnAttr", true, false,
                    "keeps the targets whose property equals the service's property (one-to-one)",
                    serviceProperty("serviceProperty", ValueShape.ANY, "the service property to compare"),
                    targetProperty("targetProperty", ValueShape.ANY, "the target property it must equal")),
            internal("mapAttrOnList", true, false,
                    "keeps the targets whose list property contains the service's property (one-to-many)",
                    serviceProperty("serviceProperty", ValueShape.ANY, "the service property to look up"),
                    targetProperty("targetPropertyList", ValueShape.LIST, "the target list that must contain it")),
            internal("mapListOnAttr", true, false,
                    "keeps the targets whose property is in the service's list property (many-to-one)",
                    serviceProperty("servicePropertyList", ValueShape.LIST, "the service list that must contain it"),
                    targetProperty("targetProperty", ValueShape.ANY, "the target property to look up")),
            internal("mapStatefulToPrevious", true, true,
                    "keeps stateful services on the targets they had in the previous deployment"),
            internal("mapBoundServicesToPrevious", true, true,
                    "maps every service of the previous deployment to its previous targets"),
            internal("divideRoundRobin", true, false,
                    "gives each service one target, taking candidates in turn"),
            internal("order", true, false,
                    "sorts each service's candidates ascending by a target property",
                    targetProperty("targetProperty", ValueShape.ORDERABLE, "the target property to sort by")),
            external("divide", "dydisnix-divide", true,
                    "gives each service one target with enough capacity left (one-dimensional division)",
                    strategy(),
                    serviceProperty("serviceProperty", ValueShape.NUMBER, "the service's requirement, a number"),
                    targetProperty("targetProperty", ValueShape.NUMBER, "the target's capacity, a number")),
            external("minsetcover", "dydisnix-minsetcover", true,
                    "covers all services with the cheapest targets (approximate minimum set cover)",
                    targetProperty("targetProperty", ValueShape.NUMBER, "the target's cost, a number")),
            external("multiwaycut", "dydisnix-multiwaycut", true,
                    "reduces the links between targets (approximate multiway cut)",
                    algorithm("dydisnix (default, dydisnix's approximation) or isolating-cuts (minimum isolating cuts)",
                            "dydisnix", "isolating-cuts")),
            external("graphcol", "dydisnix-graphcol", false,
                    "puts every dependency on a network link with few targets (approximate graph colouring)",
                    algorithm("dydisnix (default, dydisnix's DSatur variant) or dsatur (Brelaz's DSATUR)",
                            "dydisnix", "dsatur")));

    private FilterCatalog() {
    }

    /** The reference filter with this name, if there is one. */
    public static Optional<FilterSpec> lookup(String name) {
        return Optional.ofNullable(FILTERS.get(name));
    }

    public static boolean isReferenceFilter(String name) {
        return FILTERS.containsKey(name);
    }

    /** Every reference filter name, in the order of the dydisnix documentation. */
    public static List<String> names() {
        return List.copyOf(FILTERS.keySet());
    }

    /** Every reference filter, in the order of the dydisnix documentation. */
    public static List<FilterSpec> all() {
        return List.copyOf(FILTERS.values());
    }

    private static FilterSpec internal(String name, boolean takesDistribution, boolean usesPrevious, String summary,
            ParameterSpec... parameters) {
        return new FilterSpec(name, name, Origin.INTERNAL, Optional.empty(), takesDistribution, usesPrevious,
                Arrays.asList(parameters), summary);
    }

    private static FilterSpec external(String name, String tool, boolean takesDistribution, String summary,
            ParameterSpec... parameters) {
        return new FilterSpec(name, name, Origin.EXTERNAL, Optional.of(tool), takesDistribution, false,
                Arrays.asList(parameters), summary);
    }

    private static Map<String, FilterSpec> index(FilterSpec... specs) {
        Map<String, FilterSpec> result = new LinkedHashMap<>();
        for (FilterSpec spec : specs) {
            result.put(spec.name(), spec);
        }
        return java.util.Collections.unmodifiableMap(result);
    }
}
