package org.dynadeploy.planner.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Reasons;
import org.dynadeploy.planner.Universe;

/**
 * Collects the reasons one filter call gives, then turns the difference between the call's input
 * and output into {@link Decision}s. The diff is the truth about what changed; the filter's
 * reasons only add the why, so a filter that gives no reason still gets an accurate (if terse)
 * explanation.
 */
public final class StepRecorder implements Reasons {

    private final Map<Long, Supplier<String>> reasons = new HashMap<>();
    private final Map<Integer, List<Supplier<String>>> notes = new HashMap<>();

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void removed(int service, int target, Supplier<String> why) {
        reasons.putIfAbsent(key(service, target), why);
    }

    @Override
    public void note(int service, Supplier<String> what) {
        notes.computeIfAbsent(service, key -> new ArrayList<>()).add(what);
    }

    private static long key(int service, int target) {
        return ((long) service << 32) | (target & 0xffffffffL);
    }

    /** Appends the decisions of one call, services in byte order. */
    public void decide(String step, String filter, CandidateDistribution input, CandidateDistribution output,
            List<Decision> into) {
        Universe universe = output.universe();
        // Per target, the last service (plus one) whose old / new list contains it: O(candidates) per service.
        int[] inOld = new int[universe.targetCount()];
        int[] inNew = new int[universe.targetCount()];
        for (int s = 0; s < universe.serviceCount(); s++) {
            boolean before = input.contains(s);
            boolean after = output.contains(s);
            if (!before && !after) continue;
            String service = universe.serviceName(s);
            if (before && !after) {
                into.add(new Decision(step, filter, service, Decision.Kind.DROPPED, null,
                        "dropped " + service + " from the distribution"));
                continue;
            }
            int stamp = s + 1;
            int[] old = before ? input.targets(s) : new int[0];
            int[] now = output.targets(s);
            for (int target : old) inOld[target] = stamp;
            for (int target : now) inNew[target] = stamp;
            boolean changedSet = false;
            for (int target : old) {
                if (inNew[target] != stamp && inNew[target] != -stamp) {
                    inNew[target] = -stamp; // reported once
                    changedSet = true;
                    into.add(new Decision(step, filter, service, Decision.Kind.REMOVED, universe.targetName(target),
                            reason(s, target, "not kept by " + filter)));
                }
            }
            for (int target : now) {
                if (inOld[target] != stamp && inOld[target] != -stamp) {
                    inOld[target] = -stamp;
                    changedSet = true;
                    into.add(new Decision(step, filter, service, Decision.Kind.ADDED, universe.targetName(target),
                            reason(s, target, "added by " + filter)));
                }
            }
            if (!changedSet && !Arrays.equals(old, now)) {
                into.add(new Decision(step, filter, service, Decision.Kind.REORDERED, null,
                        "reordered to " + names(universe, now)));
            }
            for (Supplier<String> note : notes.getOrDefault(s, List.of())) {
                into.add(new Decision(step, filter, service, Decision.Kind.NOTE, null, note.get()));
            }
        }
    }

    private String reason(int service, int target, String fallback) {
        Supplier<String> why = reasons.get(key(service, target));
        return why == null ? fallback : why.get();
    }

    private static String names(Universe universe, int[] targets) {
        List<String> names = new ArrayList<>();
        for (int target : targets) {
            names.add(universe.targetName(target));
        }
        return "[" + String.join(", ", names) + "]";
    }
}
