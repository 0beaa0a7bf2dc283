package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.FloatValue;
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
 *
 * <p>The targets are ranked once (equal keys share a rank), and each distinct candidate list is
 * then put in rank order with a stable counting sort, once however many services share it (every
 * service of {@code initial} does, and so do services a map filter treated alike), so the filter
 * costs about one pass over the distinct lists instead of a comparison sort per service. The ranking needs {@code lessThan} to be a
 * total preorder on the keys; for the rare keys where it is not (NaN, or integers beyond ±2⁵³ next
 * to floats) each list is sorted with the comparison itself, as Nix does.
 */
public final class Order extends ReferenceFilter {

    public static final String NAME = "order";

    private static final long EXACT_DOUBLE = 1L << 53;

    /** The kinds of key: lessThan compares numbers with numbers and strings with strings. */
    private static final byte NUMBER = 1;
    private static final byte STRING = 2;
    private static final byte OTHER = 3;

    /** Marks a list that is sorted already (compared by identity). */
    private static final int[] IN_ORDER = new int[0];

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String property = parameters.requireText("targetProperty");
        Value[] keys = new Value[context.universe().targetCount()];
        int[] services = input.services();
        // Read and check the keys service by service, so errors come in the order a per-service sort
        // meets them; a list shared by several services is checked once.
        Set<Object> checked = new HashSet<>();
        byte[] kind = new byte[keys.length];
        for (int service : services) {
            int count = input.candidateCount(service);
            if (count < 2) continue; // Nix's sort never compares a single element
            if (!checked.add(input.listToken(service))) continue;
            for (int i = 0; i < count; i++) {
                int target = input.target(service, i);
                if (keys[target] == null) {
                    keys[target] = Lookups.targetValue(context, NAME, target, property);
                    kind[target] = Values.isNumber(keys[target]) ? NUMBER : keys[target] instanceof StringValue ? STRING : OTHER;
                }
            }
            checkComparable(context, input, service, keys, kind, property);
        }
        int[] rank = rank(keys);
        int ranks = 0;
        for (int r : rank == null ? new int[0] : rank) {
            ranks = Math.max(ranks, r + 1);
        }
        int[] bucket = new int[ranks + 1];
        // The sorted positions per candidate list (IN_ORDER when it is sorted already).
        Map<Object, int[]> sorted = new HashMap<>();
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : services) {
            int count = input.candidateCount(service);
            if (count < 2) continue;
            Object list = input.listToken(service);
            int[] positions = sorted.get(list);
            if (positions == null) {
                positions = rank == null ? comparisonSort(input, service, keys)
                        : inOrder(input, service, rank) ? IN_ORDER
                        : count * 4L >= ranks ? countingSort(input, service, rank, bucket)
                        : rankSort(input, service, rank);
                sorted.put(list, positions);
            }
            if (positions != IN_ORDER) result.keepShared(service, positions);
        }
        return result.build();
    }

    private static boolean inOrder(CandidateDistribution input, int service, int[] rank) {
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < input.candidateCount(service); i++) {
            int r = rank[input.target(service, i)];
            if (r < previous) return false;
            previous = r;
        }
        return true;
    }

    /** Positions in rank order, ties in list order: a stable counting sort over the ranks. */
    private static int[] countingSort(CandidateDistribution input, int service, int[] rank, int[] bucket) {
        int count = input.candidateCount(service);
        Arrays.fill(bucket, 0);
        for (int i = 0; i < count; i++) {
            bucket[rank[input.target(service, i)] + 1]++;
        }
        for (int r = 1; r < bucket.length; r++) {
            bucket[r] += bucket[r - 1];
        }
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[bucket[rank[input.target(service, i)]]++] = i;
        }
        return positions;
    }

    /** Positions in rank order, ties in list order, for short lists over many ranks: a sort of (rank, position) pairs. */
    private static int[] rankSort(CandidateDistribution input, int service, int[] rank) {
        int count = input.candidateCount(service);
        long[] pairs = new long[count];
        for (int i = 0; i < count; i++) {
            pairs[i] = ((long) rank[input.target(service, i)] << 32) | i;
        }
        Arrays.sort(pairs);
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = (int) pairs[i];
        }
        return positions;
    }

    /** The stable sort with Nix's lessThan itself, for keys that cannot be ranked. */
    private static int[] comparisonSort(CandidateDistribution input, int service, Value[] keys) {
        Integer[] positions = new Integer[input.candidateCount(service)];
        Arrays.setAll(positions, i -> i);
        // Arrays.sort on objects is a stable merge sort, like Nix's builtins.sort.
        Arrays.sort(positions, Comparator.comparing(i -> keys[input.target(service, i)], Order::compare));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Per target, the rank of its key among the keys of its kind (strings, numbers): equal keys
     * share a rank, and a lower rank sorts first. -1 for targets without a key. Null when the
     * number keys are not totally preordered by lessThan.
     */
    private static int[] rank(Value[] keys) {
        int[] rank = new int[keys.length];
        Arrays.fill(rank, -1);
        int strings = 0;
        int numbers = 0;
        boolean floats = false;
        boolean hugeInts = false;
        for (Value key : keys) {
            if (key instanceof StringValue) {
                strings++;
            } else if (key instanceof IntValue i) {
                numbers++;
                hugeInts |= i.getValue() < -EXACT_DOUBLE || i.getValue() > EXACT_DOUBLE;
            } else if (key instanceof FloatValue f) {
                numbers++;
                floats = true;
                if (Double.isNaN(f.getValue())) return null; // NaN is neither less than nor greater than anything
            }
        }
        // A float compares with a big integer through a double, while two integers compare exactly.
        if (floats && hugeInts) return null;
        rankGroup(keys, rank, strings, true);
        rankGroup(keys, rank, numbers, false);
        return rank;
    }

    private static void rankGroup(Value[] keys, int[] rank, int size, boolean strings) {
        if (size == 0) return;
        Integer[] group = new Integer[size];
        int next = 0;
        for (int target = 0; target < keys.length; target++) {
            Value key = keys[target];
            if (key == null) continue;
            if ((key instanceof StringValue) == strings) group[next++] = target;
        }
        Arrays.sort(group, (a, b) -> compare(keys[a], keys[b]));
        int current = 0;
        rank[group[0]] = 0;
        for (int i = 1; i < size; i++) {
            if (compare(keys[group[i - 1]], keys[group[i]]) < 0) current++;
            rank[group[i]] = current;
        }
    }

    /** All numbers or all strings, as the first candidate's key; else the error Nix's lessThan gives. */
    private static void checkComparable(PlanningContext context, CandidateDistribution input, int service,
            Value[] keys, byte[] kind, String property) {
        int first = input.target(service, 0);
        byte expected = kind[first];
        for (int i = 0; i < input.candidateCount(service); i++) {
            int target = input.target(service, i);
            if (expected != OTHER && kind[target] == expected) continue;
            throw new PlanningException(NAME + ": cannot compare property '" + property + "' of target '"
                    + context.universe().targetName(first) + "' (" + ValueText.of(keys[first]) + ") with that of '"
                    + context.universe().targetName(target) + "' (" + ValueText.of(keys[target])
                    + "); order needs all numbers or all strings");
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
