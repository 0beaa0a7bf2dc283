package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dynadeploy.lang.validation.Suggestions;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.FilterRegistry;
import org.dynadeploy.planner.FilterStep;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;

/**
 * One reference filter applied on its own, as dydisnix's C tools do: the input distribution is
 * {@code -d} (the initial distribution, every service on every target, when none is given), and
 * parameters carry dydisnix's names. Unknown filters and parameters get a did-you-mean.
 */
final class FilterInvocation {

    private static final FilterRegistry REGISTRY = FilterRegistry.builtIn();

    private final FilterStep filter;
    private final Parameters parameters;
    private boolean inputHadContainers;

    private FilterInvocation(FilterStep filter, Parameters parameters) {
        this.filter = filter;
        this.parameters = parameters;
    }

    /** Checks the filter name and the parameter names before any model is read. */
    static FilterInvocation of(String filterName, Map<String, String> values) {
        FilterStep filter = REGISTRY.find(filterName).orElseThrow(() -> new UserException("unknown filter '"
                + filterName + "'" + Suggestions.didYouMean(filterName, REGISTRY.names()) + " (the filters are "
                + String.join(", ", REGISTRY.names()) + ")"));
        Set<String> accepted = new TreeSet<>(filter.requiredParameters());
        accepted.addAll(filter.optionalParameters());
        for (String name : values.keySet()) {
            if (!accepted.contains(name)) {
                throw new UserException(filterName + ": unknown parameter '" + name + "'"
                        + Suggestions.didYouMean(name, accepted) + " (" + filterName
                        + (accepted.isEmpty() ? " takes no parameters)" : " takes: " + String.join(", ", accepted) + ")"));
            }
        }
        for (String required : filter.requiredParameters()) {
            if (!values.containsKey(required)) {
                throw new UserException(filterName + ": parameter '" + required + "' is missing; give it with --param "
                        + required + "=VALUE (" + filterName + " takes: " + String.join(", ", accepted) + ")");
            }
        }
        Parameters parameters = Parameters.of(filterName, new LinkedHashMap<String, Object>(values));
        filter.checkParameters(parameters);
        return new FilterInvocation(filter, parameters);
    }

    boolean takesInput() {
        return filter.takesInput();
    }

    /** Runs the filter; remarks about the inputs (e.g. dropped previous mappings) go to {@code err}. */
    CandidateDistribution apply(PlanningModels models, String command, PrintWriter err) {
        return prepare(models, command, err).apply();
    }

    /**
     * Builds what the filter runs on, without running it: the planning context (its remarks about
     * the inputs go to {@code err}) and the input distribution ({@code -d}, or the initial one).
     */
    Prepared prepare(PlanningModels models, String command, PrintWriter err) {
        PlanningContext context = PlanningContext.builder(models.modelSet()).previous(models.previous()).build();
        context.notes().forEach(note -> err.println(command + ": note: " + note));
        err.flush();
        CandidateDistribution input = null;
        if (filter.takesInput()) {
            DistributionModel given = models.distribution();
            input = given == null ? CandidateDistribution.initial(context.universe())
                    : CandidateDistribution.fromModel(given, context.universe());
            inputHadContainers = input.hasContainers();
        }
        return new Prepared(context, input);
    }

    /** A filter call ready to run: its context and input distribution (null for filters without input). */
    final class Prepared {
        final PlanningContext context;
        final CandidateDistribution input;

        private Prepared(PlanningContext context, CandidateDistribution input) {
            this.context = context;
            this.input = input;
        }

        CandidateDistribution apply() {
            return filter.apply(context, input, parameters);
        }
    }

    /** Whether the input distribution named containers (after {@link #apply}). */
    boolean inputHadContainers() {
        return inputHadContainers;
    }
}
