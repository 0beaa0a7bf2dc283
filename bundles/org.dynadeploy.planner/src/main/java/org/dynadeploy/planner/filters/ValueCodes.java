package org.dynadeploy.planner.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;

/**
 * Small int codes for property values, so that a filter compares each (service, target) pair with
 * a few int comparisons. Two values get the same code iff they are equal under
 * {@link Values#nixEquals}: strings by their characters, booleans by value, and numbers by their
 * numeric value (so {@code 1} and {@code 1.0} share a code, and {@code -0.0} and {@code 0.0} do).
 *
 * <p>Values for which such a code would not be faithful get none: lists and attribute sets,
 * secrets, NaN (equal to nothing, not even itself) and integers beyond ±2⁵³ (Nix compares them
 * exactly with other integers but through a double with floats, so equality is not transitive
 * there). A caller compares those with {@link Values#nixEquals} instead.
 */
final class ValueCodes {

    /** The codes of a value that has none (a distinct instance; compare by identity). */
    static final int[] INEXACT = new int[0];

    private static final long EXACT_DOUBLE = 1L << 53;

    private final Map<Object, Integer> codes = new HashMap<>();
    private final List<int[]> singletons = new ArrayList<>();
    private final Map<Codes, int[]> lists = new HashMap<>();

    /**
     * The codes of a value: one for a single value, the sorted codes of its elements for a list
     * ({@code list} true; the value must then be a {@link ListValue}), or {@link #INEXACT}. Equal
     * codes are the same array, so callers may compare and hash them by identity.
     */
    int[] of(Value value, boolean list) {
        if (!list) {
            int code = code(value);
            return code < 0 ? INEXACT : singletons.get(code);
        }
        List<Value> elements = ((ListValue) value).getElements();
        int[] result = new int[elements.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = code(elements.get(i));
            if (result[i] < 0) return INEXACT;
        }
        Arrays.sort(result);
        return lists.computeIfAbsent(new Codes(result), codes -> codes.codes);
    }

    /** A code array as a map key, by content. */
    private record Codes(int[] codes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Codes that && Arrays.equals(codes, that.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }

    private int code(Value value) {
        Object key = key(value);
        if (key == null) return -1;
        Integer code = codes.get(key);
        if (code == null) {
            code = codes.size();
            codes.put(key, code);
            singletons.add(new int[] {code});
        }
        return code;
    }

    /** A key whose {@code equals} is Nix equality, or null when there is none. */
    private static Object key(Value value) {
        if (value instanceof StringValue s) return s.getValue();
        if (value instanceof BoolValue b) return b.isValue();
        if (value instanceof IntValue i) {
            long v = i.getValue();
            return v >= -EXACT_DOUBLE && v <= EXACT_DOUBLE ? number(v) : null;
        }
        if (value instanceof FloatValue f) {
            double v = f.getValue();
            return Double.isNaN(v) ? null : number(v);
        }
        return null;
    }

    private static Double number(double value) {
        return value == 0 ? 0.0 : value; // -0.0 == 0.0 in Nix, but not for Double.equals
    }

    /** Whether two sorted code arrays share a code. */
    static boolean intersect(int[] a, int[] b) {
        if (a.length == 1) return contains(b, a[0]);
        if (b.length == 1) return contains(a, b[0]);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static boolean contains(int[] sorted, int code) {
        if (sorted.length > 16) return Arrays.binarySearch(sorted, code) >= 0;
        for (int element : sorted) {
            if (element == code) return true;
        }
        return false;
    }
}
