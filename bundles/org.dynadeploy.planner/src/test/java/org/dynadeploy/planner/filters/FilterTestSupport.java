package org.dynadeploy.planner.filters;

import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.FilterStep;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.explain.Decision;
import org.dynadeploy.planner.explain.StepRecorder;

import java.util.ArrayList;
import java.util.List;

/** Runs one filter on its own, the way the executor does. */
final class FilterTestSupport {

    private FilterTestSupport() {
    }

    static CandidateDistribution run(FilterStep filter, PlanningContext context, CandidateDistribution input,
            Object... parameters) {
        Parameters p = Parameters.of(filter.name(), parameters);
        filter.checkParameters(p);
        return filter.apply(context, input, p);
    }

    static CandidateDistribution run(FilterStep filter, ModelSet models, Object... parameters) {
        PlanningContext context = PlanningContext.of(models);
        return run(filter, context, filter.takesInput() ? CandidateDistribution.initial(context.universe()) : null,
                parameters);
    }

    /** The decisions a filter's run leads to, as text. */
    static List<String> explain(FilterStep filter, PlanningContext context, CandidateDistribution input,
            Object... parameters) {
        StepRecorder recorder = new StepRecorder();
        Parameters p = Parameters.of(filter.name(), parameters);
        CandidateDistribution output = filter.apply(context.withReasons(recorder), input, p);
        List<Decision> decisions = new ArrayList<>();
        recorder.decide("result", filter.name(), input == null ? CandidateDistribution.initial(context.universe()) : input,
                output, decisions);
        return decisions.stream().map(d -> d.service() + ": " + d).toList();
    }
}
