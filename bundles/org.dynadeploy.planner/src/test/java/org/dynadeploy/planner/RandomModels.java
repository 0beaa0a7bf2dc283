package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.dynadeploy.model.Scope;
import org.dynadeploy.model.support.ModelSet;

/**
 * Seeded random deployments for the property tests: the same seed gives the same models, and
 * {@code shuffled} declares the same services and targets in another order.
 */
final class RandomModels {

    final int services;
    final int targets;
    private final long seed;

    RandomModels(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        this.services = 1 + random.nextInt(25);
        this.targets = 1 + random.nextInt(7);
    }

    ModelSet build(boolean shuffled) {
        Random random = new Random(seed * 31 + 7);
        TestModels models = new TestModels();
        List<Integer> serviceOrder = order(services, shuffled);
        List<Integer> targetOrder = order(targets, shuffled);
        // Draw every value in index order so that shuffling only changes the declaration order.
        Object[] mem = new Object[services];
        String[][] deps = new String[services][];
        boolean[] stateful = new boolean[services];
        for (int s = 0; s < services; s++) {
            mem[s] = random.nextInt(4) == 0 ? (Object) (random.nextInt(100) + 0.5) : (Object) random.nextInt(100);
            int count = random.nextInt(3);
            deps[s] = new String[count];
            for (int d = 0; d < count; d++) deps[s][d] = "s" + random.nextInt(services);
            stateful[s] = random.nextBoolean();
        }
        Object[] capacity = new Object[targets];
        int[] cost = new int[targets];
        for (int t = 0; t < targets; t++) {
            capacity[t] = random.nextInt(400);
            cost[t] = random.nextInt(5);
        }
        for (int s : serviceOrder) {
            TestModels.ServiceBuilder service = models.service("s" + s).prop("mem", mem[s]).ids("ports", "uids")
                    .dependsOn(deps[s]);
            if (stateful[s]) service.stateful();
        }
        for (int t : targetOrder) {
            models.target("t" + t).prop("mem", capacity[t]).prop("cost", cost[t]).prop("priority", cost[t]);
        }
        models.pool("ports", 1000, 1000 + services + random.nextInt(20), Scope.GLOBAL, 1);
        models.pool("uids", 0, services + random.nextInt(10), Scope.MACHINE, 1 + random.nextInt(2));
        return models.build();
    }

    private static List<Integer> order(int count, boolean shuffled) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) order.add(i);
        if (shuffled) Collections.shuffle(order, new Random(count));
        return order;
    }

    /** A random candidate distribution: some services absent, random candidate subsets in random order. */
    CandidateDistribution candidates(Universe universe) {
        Random random = new Random(seed * 17 + 3);
        CandidateDistribution.Builder builder = CandidateDistribution.builder(universe);
        for (int s = 0; s < universe.serviceCount(); s++) {
            if (random.nextInt(8) == 0) continue;
            List<Integer> all = new ArrayList<>();
            for (int t = 0; t < universe.targetCount(); t++) all.add(t);
            Collections.shuffle(all, random);
            int keep = 1 + random.nextInt(all.size());
            builder.put(s, all.subList(0, keep).stream().mapToInt(Integer::intValue).toArray());
        }
        return builder.build();
    }
}
