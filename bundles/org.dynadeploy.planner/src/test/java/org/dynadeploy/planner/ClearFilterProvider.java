package org.dynadeploy.planner;

import java.util.List;

/** dydisnix's tests/models/qos/customfilters.nix: a filter that maps every service to nothing. */
public final class ClearFilterProvider implements CustomFilterProvider {

    public static final String ID = "clear";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public FilterStep create(String name, List<String> arguments) {
        return new FilterStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
                CandidateDistribution.Builder result = input.toBuilder();
                for (int service : input.services()) {
                    result.put(service, new int[0]);
                }
                return result.build();
            }
        };
    }
}
