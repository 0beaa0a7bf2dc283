package org.dynadeploy.planner;

import java.util.Set;
import java.util.TreeSet;

/**
 * One filter of a QoS policy: a pure function from a candidate distribution to a new one. The
 * built-in filters carry dydisnix's names and semantics; custom filters implement this interface
 * too (see {@link CustomFilterProvider}).
 *
 * <p>A filter must not keep state between calls and must not modify the models; it may say why it
 * decided through {@link PlanningContext#reasons()}.
 */
public interface FilterStep {

    /** The name a policy calls the filter by, e.g. {@code divide}. */
    String name();

    /** @param input the input distribution; null only for filters that do not {@link #takesInput()} */
    CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters);

    default Set<String> requiredParameters() {
        return Set.of();
    }

    default Set<String> optionalParameters() {
        return Set.of();
    }

    /** Whether the filter reads an input distribution; dydisnix's graphcol, for one, does not. */
    default boolean takesInput() {
        return true;
    }

    /** Rejects missing and unknown arguments with a message that lists the accepted ones. */
    default void checkParameters(Parameters parameters) {
        for (String required : requiredParameters()) {
            if (!parameters.names().contains(required)) {
                throw new PlanningException(name() + ": argument '" + required + "' is missing" + accepted());
            }
        }
        for (String given : parameters.names()) {
            if (!requiredParameters().contains(given) && !optionalParameters().contains(given)) {
                throw new PlanningException(name() + ": unknown argument '" + given + "'" + accepted());
            }
        }
    }

    private String accepted() {
        Set<String> all = new TreeSet<>(requiredParameters());
        all.addAll(optionalParameters());
        return all.isEmpty() ? " (it takes no arguments)" : " (it takes: " + String.join(", ", all) + ")";
    }
}
