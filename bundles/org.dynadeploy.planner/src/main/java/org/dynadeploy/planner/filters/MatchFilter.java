package org.dynadeploy.planner.filters;

import java.util.Arrays;

import org.dynadeploy.model.Value;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.ValueText;

/**
 * The shape of dydisnix's three relationship filters: keep a candidate iff a service property and
 * a target property match. Candidate order is kept. As in Nix's lazy evaluation, a service's
 * property is only read when it has candidates, and only the candidates' properties are read.
 */
abstract class MatchFilter extends ReferenceFilter {

    private final String serviceParameter;
    private final String targetParameter;

    MatchFilter(String serviceParameter, String targetParameter) {
        this.serviceParameter = serviceParameter;
        this.targetParameter = targetParameter;
    }

    /** Reads the service's value, checking its type. */
    abstract Value serviceValue(PlanningContext context, int service, String property);

    /** Reads a target's value, checking its type. */
    abstract Value targetValue(PlanningContext context, int target, String property);

    abstract boolean matches(Value service, Value target);

    /** Why a candidate failed, e.g. "service.type 'x' not in target.supportedTypes ['y']". */
    abstract String mismatch(String serviceProperty, String serviceValue, String targetProperty, String targetValue);

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String serviceProperty = parameters.requireText(serviceParameter);
        String targetProperty = parameters.requireText(targetParameter);
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count == 0) continue;
            Value serviceValue = serviceValue(context, service, serviceProperty);
            int[] kept = new int[count];
            int size = 0;
            for (int i = 0; i < count; i++) {
                int target = input.target(service, i);
                Value targetValue = targetValue(context, target, targetProperty);
                if (matches(serviceValue, targetValue)) {
                    kept[size++] = i;
                } else {
                    context.reasons().removed(service, target, () -> mismatch(serviceProperty,
                            ValueText.of(serviceValue), targetProperty, ValueText.of(targetValue)));
                }
            }
            result.keep(service, Arrays.copyOf(kept, size));
        }
        return result.build();
    }
}
