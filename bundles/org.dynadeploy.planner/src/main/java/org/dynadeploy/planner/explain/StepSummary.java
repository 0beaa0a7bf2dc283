package org.dynadeploy.planner.explain;

/**
 * One filter call of a plan, in the order they ran.
 *
 * @param step             the policy step ({@code let} name or {@code result})
 * @param filter           the filter called
 * @param arguments        the call's arguments as written
 * @param servicesBefore   services in the input (for filters without input: of the initial distribution)
 * @param mappingsBefore   candidate mappings in the input
 * @param servicesAfter    services in the output
 * @param mappingsAfter    candidate mappings in the output
 * @param nanos            how long the filter took
 */
public record StepSummary(String step, String filter, String arguments, int servicesBefore, long mappingsBefore,
        int servicesAfter, long mappingsAfter, long nanos) {
}
