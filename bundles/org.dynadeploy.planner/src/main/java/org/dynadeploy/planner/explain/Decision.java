package org.dynadeploy.planner.explain;

/**
 * One thing a step did to one service's candidates.
 *
 * @param step    the policy step it happened in ({@code let} name, or {@code result})
 * @param filter  the filter that did it
 * @param service the service concerned
 * @param kind    what happened
 * @param target  the target concerned; null for notes and for dropping the whole service
 * @param reason  why, in words
 */
public record Decision(String step, String filter, String service, Kind kind, String target, String reason) {

    public enum Kind {
        /** A candidate target was removed. */
        REMOVED,
        /** A target that was no candidate was added (mapBoundServicesToPrevious, pins). */
        ADDED,
        /** The candidates stayed the same but their order changed. */
        REORDERED,
        /** The service itself was dropped from the distribution. */
        DROPPED,
        /** A remark, e.g. how a kept target was chosen. */
        NOTE
    }

    /** E.g. {@code mapAttrOnList: removed test2 — service.type 'mysql-database' not in target.supportedTypes ['process']}. */
    @Override
    public String toString() {
        return switch (kind) {
            case REMOVED -> filter + ": removed " + target + " — " + reason;
            case ADDED -> filter + ": added " + target + " — " + reason;
            case REORDERED, DROPPED, NOTE -> filter + ": " + reason;
        };
    }
}
