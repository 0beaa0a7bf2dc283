package org.dynadeploy.planner;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.planner.filters.Divide;
import org.dynadeploy.planner.filters.DivideRoundRobin;
import org.dynadeploy.planner.filters.GraphColouring;
import org.dynadeploy.planner.filters.MapAttrOnAttr;
import org.dynadeploy.planner.filters.MapAttrOnList;
import org.dynadeploy.planner.filters.MapBoundServicesToPrevious;
import org.dynadeploy.planner.filters.MapListOnAttr;
import org.dynadeploy.planner.filters.MapStatefulToPrevious;
import org.dynadeploy.planner.filters.MinSetCover;
import org.dynadeploy.planner.filters.MultiwayCut;
import org.dynadeploy.planner.filters.Order;

/** The filters a policy can call by name. Immutable; {@link #with} returns an extended copy. */
public final class FilterRegistry {

    private final Map<String, FilterStep> filters;

    private FilterRegistry(Map<String, FilterStep> filters) {
        this.filters = Collections.unmodifiableMap(filters);
    }

    /** dydisnix's reference filters, under their dydisnix names. */
    public static FilterRegistry builtIn() {
        Map<String, FilterStep> map = new TreeMap<>(ByteOrder.COMPARATOR);
        for (FilterStep step : new FilterStep[] {new MapAttrOnAttr(), new MapAttrOnList(), new MapListOnAttr(),
                new MapStatefulToPrevious(), new MapBoundServicesToPrevious(), new DivideRoundRobin(), new Order(),
                new Divide(), new MinSetCover(), new MultiwayCut(), new GraphColouring()}) {
            map.put(step.name(), step);
        }
        return new FilterRegistry(map);
    }

    /** A registry with one more filter (replacing any of the same name). */
    public FilterRegistry with(FilterStep step) {
        Map<String, FilterStep> map = new TreeMap<>(ByteOrder.COMPARATOR);
        map.putAll(filters);
        map.put(step.name(), step);
        return new FilterRegistry(map);
    }

    public Optional<FilterStep> find(String name) {
        return Optional.ofNullable(filters.get(name));
    }

    /** The filter names, in byte order. */
    public Set<String> names() {
        return filters.keySet();
    }
}
