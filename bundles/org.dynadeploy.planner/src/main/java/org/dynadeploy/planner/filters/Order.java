package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.Comparator;

import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.ValueText;

/**
 * Sorts each service's candidates ascending by a target property, stably (equal keys keep their
 * order), with Nix's {@code lessThan}: numbers numerically (ints and floats mix), strings by
 * bytes. Other kinds of value, or numbers mixed with strings, are an error as in Nix.
 */
public final class Order extends ReferenceFilter {

    public static final String NAME = "order";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String property = parameters.requireText("targetProperty");
        Value[] keys = new Value[context.universe().targetCount()];
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count < 2) continue; // Nix's sort never compares a single element
            Integer[] positions = new Integer[count];
            for (int i = 0; i < count; i++) {
                positions[i] = i;
                int target = input.target(service, i);
                if (keys[target] == null) keys[target] = Lookups.targetValue(context, NAME, target, property);
            }
            checkComparable(context, input, service, keys, property);
            // Arrays.sort on objects is a stable merge sort, like Nix's builtins.sort.
            Arrays.sort(positions, Comparator.comparing(i -> keys[input.target(service, i)], Order::compare));
            result.keep(service, Arrays.stream(positions).mapToInt(Integer::intValue).toArray());
        }
        return result.build();
    }

    private static void checkComparable(PlanningContext context, CandidateDistribution input, int service,
            Value[] keys, String property) {
        int first = input.target(service, 0);
        for (int i = 0; i < input.candidateCount(service); i++) {
            int target = input.target(service, i);
            Value key = keys[target];
            boolean ok = Values.isNumber(key) ? Values.isNumber(keys[first])
                    : key instanceof StringValue && keys[first] instanceof StringValue;
            if (!ok) {
                throw new PlanningException(NAME + ": cannot compare property '" + property + "' of target '"
                        + context.universe().targetName(first) + "' (" + ValueText.of(keys[first]) + ") with that of '"
                        + context.universe().targetName(target) + "' (" + ValueText.of(key)
                        + "); order needs all numbers or all strings");
            }
        }
    }

    private static int compare(Value a, Value b) {
        if (a instanceof StringValue x && b instanceof StringValue y) return ByteOrder.compare(x.getValue(), y.getValue());
        if (a instanceof IntValue x && b instanceof IntValue y) return Long.compare(x.getValue(), y.getValue());
        double x = Values.asDouble(a);
        double y = Values.asDouble(b);
        return x < y ? -1 : x > y ? 1 : 0; // lessThan semantics: -0.0 and 0.0 are equal
    }
}
