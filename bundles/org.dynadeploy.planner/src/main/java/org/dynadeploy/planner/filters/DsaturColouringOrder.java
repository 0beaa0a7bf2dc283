package org.dynadeploy.planner.filters;

import java.util.BitSet;
import java.util.Comparator;
import java.util.TreeSet;

/**
 * Brélaz's DSATUR order: the uncoloured service with the most distinct colours among its
 * neighbours, then the most uncoloured neighbours, then the first in byte order. The candidates
 * sit in a sorted set that is updated as neighbours get coloured, so each pick is logarithmic.
 */
final class DsaturColouringOrder implements GraphColouring.ColouringOrder {

    private final ServiceGraph graph;
    private final BitSet[] neighbourColours;
    private final int[] distinctColours;
    private final int[] uncolouredNeighbours;
    private final TreeSet<Integer> queue;

    DsaturColouringOrder(ServiceGraph graph, int serviceCount) {
        this.graph = graph;
        this.neighbourColours = new BitSet[serviceCount];
        this.distinctColours = new int[serviceCount];
        this.uncolouredNeighbours = new int[serviceCount];
        for (int service = 0; service < serviceCount; service++) {
            neighbourColours[service] = new BitSet();
            for (int neighbour : graph.neighbours(service)) {
                if (neighbour != service) uncolouredNeighbours[service]++;
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(s -> -distinctColours[s])
                .thenComparingInt(s -> -uncolouredNeighbours[s]).thenComparingInt(s -> s);
        this.queue = new TreeSet<>(order);
        for (int service = 0; service < serviceCount; service++) queue.add(service);
    }

    @Override
    public int next(int[] colour) {
        return queue.first();
    }

    @Override
    public void coloured(int service, int colour, int[] colours) {
        queue.remove(service);
        for (int neighbour : graph.neighbours(service)) {
            if (neighbour == service || colours[neighbour] >= 0) continue;
            queue.remove(neighbour); // its key changes
            if (!neighbourColours[neighbour].get(colour)) {
                neighbourColours[neighbour].set(colour);
                distinctColours[neighbour]++;
            }
            uncolouredNeighbours[neighbour]--;
            queue.add(neighbour);
        }
    }
}
