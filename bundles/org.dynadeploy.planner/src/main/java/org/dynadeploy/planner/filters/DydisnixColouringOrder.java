package org.dynadeploy.planner.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * dydisnix's DSatur order: first the service of highest degree; then the uncoloured service with
 * the unique largest number of coloured neighbours (parallel edges count), or, when that maximum
 * is shared, the first uncoloured service by decreasing degree (byte order among equals).
 * Upstream clears the wrong entry of its degree list, which can re-pick a coloured service and
 * loop; this is the intended rule.
 */
final class DydisnixColouringOrder implements GraphColouring.ColouringOrder {

    private final ServiceGraph graph;
    private final int[] byDegree;
    private final int[] saturation;
    /** buckets.get(k): the uncoloured services with saturation k. */
    private final List<BitSet> buckets = new ArrayList<>();
    private int maxSaturation;
    private int firstUncoloured;
    private boolean started;

    DydisnixColouringOrder(ServiceGraph graph, int serviceCount) {
        this.graph = graph;
        // A stable sort of byte-ordered indexes, as upstream's g_ptr_array_sort of its ordered table.
        Integer[] order = new Integer[serviceCount];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(graph::degree).reversed());
        this.byDegree = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        this.saturation = new int[serviceCount];
        BitSet all = new BitSet(serviceCount);
        all.set(0, serviceCount);
        buckets.add(all);
    }

    @Override
    public int next(int[] colour) {
        if (!started) {
            started = true;
            return byDegree[0];
        }
        while (maxSaturation > 0 && buckets.get(maxSaturation).isEmpty()) maxSaturation--;
        BitSet top = buckets.get(maxSaturation);
        if (top.cardinality() == 1) return top.nextSetBit(0);
        while (colour[byDegree[firstUncoloured]] >= 0) firstUncoloured++;
        return byDegree[firstUncoloured];
    }

    @Override
    public void coloured(int service, int colour, int[] colours) {
        buckets.get(saturation[service]).clear(service);
        for (int neighbour : graph.neighbours(service)) {
            if (colours[neighbour] >= 0) {
                saturation[neighbour]++; // coloured already: only its count matters no more
                continue;
            }
            buckets.get(saturation[neighbour]).clear(neighbour);
            saturation[neighbour]++;
            while (buckets.size() <= saturation[neighbour]) buckets.add(new BitSet());
            buckets.get(saturation[neighbour]).set(neighbour);
            maxSaturation = Math.max(maxSaturation, saturation[neighbour]);
        }
    }
}
