package org.dynadeploy.planner.ids;

import java.util.Set;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.planner.PlanningException;

/**
 * The ids of one resource: {@code min..max}, walked in steps of {@code step} from the last id
 * handed out. dydisnix's search: start at {@code last + step} (or {@code min}), wrap to
 * {@code min} when past {@code max}, skip taken ids.
 */
final class IdPool {

    final String resource;
    final long min;
    final long max;
    final long step;

    IdPool(IdResource definition) {
        this.resource = definition.getName();
        this.min = definition.getMin();
        this.max = definition.getMax();
        if (definition.getStep() < 0) {
            throw new PlanningException("id resource '" + resource + "' has step " + definition.getStep()
                    + "; the step must be positive");
        }
        // dydisnix's default: a step of 0 (or none) means 1.
        this.step = definition.getStep() == 0 ? 1 : definition.getStep();
    }

    long size() {
        return max < min ? 0 : max - min + 1;
    }

    boolean contains(long id) {
        return id >= min && id <= max;
    }

    /**
     * The next free id after {@code last} (null: none handed out yet).
     *
     * <p>Two fixes over dydisnix: a cursor below {@code min} (the pool moved up) wraps to {@code min}
     * instead of handing out an id outside the pool; and when a second wrap shows that every id
     * reachable from {@code min} in steps of {@code step} is taken (possible with a step above 1
     * while the pool is not full), this fails instead of looping forever.
     */
    long next(Long last, Set<Long> taken, String where) {
        if (taken.size() >= size()) {
            throw depleted(where, "all " + size() + " ids of " + min + ".." + max + " are taken");
        }
        long candidate = last == null ? min : last + step;
        int wraps = 0;
        while (true) {
            if (candidate > max || candidate < min) {
                if (++wraps > 1) {
                    throw depleted(where, "every id reachable from " + min + " in steps of " + step + " up to " + max
                            + " is taken");
                }
                candidate = min;
            }
            if (!taken.contains(candidate)) return candidate;
            candidate += step;
        }
    }

    private PlanningException depleted(String where, String detail) {
        return new PlanningException("The amount of IDs is depleted! (resource '" + resource + "'" + where + ": "
                + detail + ")");
    }
}
