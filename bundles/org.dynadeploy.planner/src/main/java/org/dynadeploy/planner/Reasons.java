package org.dynadeploy.planner;

import java.util.function.Supplier;

/**
 * Where a filter says why it decided what it did. The policy executor works out which candidates a
 * filter removed by comparing its input and output; a filter adds the why. Reasons are suppliers so
 * that a plan run without explanations builds no strings.
 */
public interface Reasons {

    /** Discards everything; used when explanations are off and when a filter runs on its own. */
    Reasons NONE = new Reasons() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void removed(int service, int target, Supplier<String> why) {
        }

        @Override
        public void note(int service, Supplier<String> what) {
        }
    };

    boolean enabled();

    /** Why a candidate target of a service was dropped (or, for filters that add, why it was added). */
    void removed(int service, int target, Supplier<String> why);

    /** A remark about a service as a whole, e.g. how the kept target was chosen. */
    void note(int service, Supplier<String> what);
}
