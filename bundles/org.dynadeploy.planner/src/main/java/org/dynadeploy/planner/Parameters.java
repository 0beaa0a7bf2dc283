package org.dynadeploy.planner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.IntArgument;
import org.dynadeploy.model.StringArgument;
import org.dynadeploy.model.SymbolArgument;

/**
 * The named arguments of one filter call, e.g. {@code serviceProperty: requireMem}. Values are
 * text (a bare symbol or a quoted string, which filters treat alike) or integers.
 */
public final class Parameters {

    private final String filter;
    private final Map<String, Object> values;

    private Parameters(String filter, Map<String, Object> values) {
        this.filter = filter;
        this.values = Collections.unmodifiableMap(values);
    }

    public static Parameters none(String filter) {
        return new Parameters(filter, new LinkedHashMap<>());
    }

    /** Values must be strings or integral numbers. */
    public static Parameters of(String filter, Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof String) copy.put(name, value);
            else if (value instanceof Long || value instanceof Integer) copy.put(name, ((Number) value).longValue());
            else throw new IllegalArgumentException("parameter '" + name + "' must be a string or an integer");
        });
        return new Parameters(filter, copy);
    }

    /** Convenience for code and tests: {@code Parameters.of("divide", "strategy", "greedy", ...)}. */
    public static Parameters of(String filter, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(filter, map);
    }

    public static Parameters fromArguments(String filter, List<Argument> arguments) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Argument argument : arguments) {
            Object value;
            if (argument.getValue() instanceof SymbolArgument symbol) value = symbol.getSymbol();
            else if (argument.getValue() instanceof StringArgument string) value = string.getValue();
            else if (argument.getValue() instanceof IntArgument integer) value = integer.getValue();
            else throw new PlanningException(filter + ": argument '" + argument.getName() + "' has no value");
            if (map.put(argument.getName(), value) != null) {
                throw new PlanningException(filter + ": argument '" + argument.getName() + "' is given twice");
            }
        }
        return new Parameters(filter, map);
    }

    /** The filter these parameters are for (used in messages). */
    public String filter() {
        return filter;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Optional<String> text(String name) {
        Object value = values.get(name);
        if (value == null) return Optional.empty();
        if (value instanceof String text) return Optional.of(text);
        throw new PlanningException(filter + ": argument '" + name + "' must be a name or a string, not the number "
                + value);
    }

    public String requireText(String name) {
        return text(name).orElseThrow(() -> missing(name));
    }

    public Optional<Long> number(String name) {
        Object value = values.get(name);
        if (value == null) return Optional.empty();
        if (value instanceof Long number) return Optional.of(number);
        throw new PlanningException(filter + ": argument '" + name + "' must be an integer, not '" + value + "'");
    }

    private PlanningException missing(String name) {
        return new PlanningException(filter + ": argument '" + name + "' is missing");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(": ")
                .append(value instanceof String s && !s.matches("[A-Za-z_][A-Za-z0-9_'-]*") ? '"' + s + '"' : value));
        return text.toString();
    }
}
