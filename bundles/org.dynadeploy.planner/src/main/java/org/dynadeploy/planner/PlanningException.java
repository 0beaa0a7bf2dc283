package org.dynadeploy.planner;

/**
 * A planning problem the user can fix: a filter cannot place a service, an id pool is depleted, a
 * secret is missing. The message is complete and meant to be shown as is (front ends add no stack
 * trace). Where dydisnix has a message for the same situation, ours starts with it, so scripts
 * that match on dydisnix's text keep working.
 */
public class PlanningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanningException(String message) {
        super(message);
    }

    public PlanningException(String message, Throwable cause) {
        super(message, cause);
    }
}
