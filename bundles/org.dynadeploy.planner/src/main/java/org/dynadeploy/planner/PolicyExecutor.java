package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.InitialSource;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.PreviousSource;
import org.dynadeploy.model.Source;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.StepReference;
import org.dynadeploy.planner.custom.JavaFilters;
import org.dynadeploy.planner.custom.ProgramFilter;
import org.dynadeploy.planner.explain.Decision;
import org.dynadeploy.planner.explain.Explanation;
import org.dynadeploy.planner.explain.StepRecorder;
import org.dynadeploy.planner.explain.StepSummary;

/**
 * Evaluates a QoS policy the way dydisnix's gendist evaluates a QoS function: {@code initial} is
 * the cartesian product, {@code previous} the previous distribution, each {@code let} step names an
 * intermediate result, and the {@code result} is the distribution.
 *
 * <p>Evaluation is by need, like Nix: only the steps the result depends on run, each once, in
 * dependency order (which for a pipeline is declaration order); a step nothing uses is reported
 * and not run, so an unused external program never starts. Custom filters declared by the policy
 * shadow built-in ones of the same name. Services pinned in the previous distribution keep their
 * pinned mappings in the result.
 */
public final class PolicyExecutor {

    private final FilterRegistry registry;
    private final ClassLoader classLoader;
    private final boolean explain;

    /** Built-in filters, Java custom filters from the context class loader, explanations on. */
    public PolicyExecutor() {
        this(FilterRegistry.builtIn(), Thread.currentThread().getContextClassLoader(), true);
    }

    /**
     * @param classLoader where {@link CustomFilterProvider}s are looked up
     * @param explain     whether to record an explanation (costs time and memory on large models)
     */
    public PolicyExecutor(FilterRegistry registry, ClassLoader classLoader, boolean explain) {
        this.registry = registry;
        this.classLoader = classLoader;
        this.explain = explain;
    }

    /** Without a policy the result is the initial distribution, as gendist without {@code -q}. */
    public PlanResult execute(PlanningContext context) {
        List<String> notes = new ArrayList<>(context.notes());
        Run run = new Run(null, context, notes);
        CandidateDistribution result = run.pin(CandidateDistribution.initial(context.universe()));
        return new PlanResult(result, run.explanation(), context.pinned());
    }

    public PlanResult execute(Policy policy, PlanningContext context) {
        if (policy.getResult() == null) {
            throw new PlanningException("policy '" + policy.getName() + "' has no result");
        }
        List<String> notes = new ArrayList<>(context.notes());
        Run run = new Run(policy, context, notes);
        for (Step step : policy.getSteps()) {
            if (!run.used.contains(step)) notes.add("step '" + step.getName() + "' is not used by the result; it was not run");
        }
        CandidateDistribution result = run.pin(run.evaluate(policy.getResult(), "result"));
        return new PlanResult(result, run.explanation(), context.pinned());
    }

    /** The state of one evaluation. */
    private final class Run {

        private final Policy policy;
        private final PlanningContext context;
        private final List<String> notes;
        private final Map<String, CustomFilter> declared = new HashMap<>();
        private final Map<String, FilterStep> custom = new HashMap<>();
        private final Map<Step, CandidateDistribution> values = new IdentityHashMap<>();
        private final Set<Step> running = new LinkedHashSet<>();
        private final Set<Step> used;
        private final List<Decision> decisions = new ArrayList<>();
        private final List<StepSummary> summaries = new ArrayList<>();
        private CandidateDistribution initial;

        Run(Policy policy, PlanningContext context, List<String> notes) {
            this.policy = policy;
            this.context = context;
            this.notes = notes;
            this.used = policy == null ? Set.of() : usedSteps(policy);
            if (policy != null) {
                for (CustomFilter filter : policy.getFilters()) {
                    if (declared.put(filter.getName(), filter) != null) {
                        throw new PlanningException("policy '" + policy.getName() + "' declares filter '"
                                + filter.getName() + "' twice");
                    }
                }
            }
        }

        CandidateDistribution evaluate(Source source, String label) {
            if (source instanceof InitialSource) return initial();
            if (source instanceof PreviousSource) {
                if (context.previous() == null) {
                    throw new PlanningException("the policy uses 'previous' in step '" + label
                            + "', but no previous distribution was given");
                }
                return context.previous();
            }
            if (source instanceof StepReference reference) return step(reference.getStep());
            if (source instanceof FilterCall call) return call(call, label);
            throw new PlanningException("step '" + label + "' has an incomplete source");
        }

        private CandidateDistribution initial() {
            if (initial == null) initial = CandidateDistribution.initial(context.universe());
            return initial;
        }

        private CandidateDistribution step(Step step) {
            if (step == null || step.eIsProxy()) {
                throw new PlanningException("a step reference of policy '" + policy.getName() + "' is unresolved");
            }
            CandidateDistribution value = values.get(step);
            if (value != null) return value;
            if (!running.add(step)) {
                throw new PlanningException("step '" + step.getName() + "' depends on itself");
            }
            value = evaluate(step.getSource(), step.getName());
            running.remove(step);
            values.put(step, value);
            return value;
        }

        private CandidateDistribution call(FilterCall call, String label) {
            FilterStep filter = resolve(call.getFilter());
            Parameters parameters = Parameters.fromArguments(call.getFilter(), call.getArguments());
            filter.checkParameters(parameters);
            CandidateDistribution input = null;
            if (call.getInput() != null) {
                if (!filter.takesInput()) {
                    throw new PlanningException(call.getFilter() + " takes no input distribution (step '" + label
                            + "'); it places every service of the services model");
                }
                input = evaluate(call.getInput(), label);
            } else if (filter.takesInput()) {
                throw new PlanningException(call.getFilter() + " needs an input distribution as its first argument"
                        + " (step '" + label + "'), e.g. " + call.getFilter() + "(initial, ...)");
            }
            StepRecorder recorder = explain ? new StepRecorder() : null;
            long start = System.nanoTime();
            CandidateDistribution output = filter.apply(context.withReasons(recorder == null ? Reasons.NONE : recorder),
                    input, parameters);
            long nanos = System.nanoTime() - start;
            if (output == null || output.universe() != context.universe()) {
                throw new PlanningException("filter '" + call.getFilter() + "' returned "
                        + (output == null ? "nothing" : "a distribution over other services and targets"));
            }
            CandidateDistribution before = input == null ? initial() : input;
            if (recorder != null) recorder.decide(label, call.getFilter(), before, output, decisions);
            summaries.add(new StepSummary(label, call.getFilter(), parameters.toString(), before.size(),
                    mappings(before), output.size(), mappings(output), nanos));
            return output;
        }

        private FilterStep resolve(String name) {
            FilterStep step = custom.get(name);
            if (step != null) return step;
            CustomFilter declaration = declared.get(name);
            if (declaration != null) {
                step = declaration.getKind() == CustomFilterKind.PROGRAM ? new ProgramFilter(declaration)
                        : JavaFilters.create(declaration, classLoader);
                custom.put(name, step);
                return step;
            }
            return registry.find(name).orElseThrow(() -> new PlanningException("unknown filter '" + name
                    + "'; the built-in filters are " + String.join(", ", registry.names())
                    + ", and a policy can declare its own with 'filter NAME = java \"...\"' or 'program \"...\"'"));
        }

        /** Pinned services keep the mappings their pin names, whatever the policy decided. */
        CandidateDistribution pin(CandidateDistribution result) {
            BitSet pinned = context.pinned();
            if (pinned.isEmpty()) return result;
            CandidateDistribution previous = context.previous();
            CandidateDistribution.Builder builder = result.toBuilder();
            StepRecorder recorder = new StepRecorder();
            for (int service = pinned.nextSetBit(0); service >= 0; service = pinned.nextSetBit(service + 1)) {
                int count = previous.candidateCount(service);
                String[] containers = new String[count];
                for (int i = 0; i < count; i++) {
                    containers[i] = previous.container(service, i);
                    recorder.removed(service, previous.target(service, i), () -> "pinned in the previous distribution");
                }
                if (result.contains(service)) {
                    for (int i = 0; i < result.candidateCount(service); i++) {
                        recorder.removed(service, result.target(service, i),
                                () -> "replaced by the service's pinned mapping");
                    }
                }
                builder.put(service, previous.targets(service), containers);
            }
            CandidateDistribution pinnedResult = builder.build();
            if (explain) recorder.decide("pins", "pin", result, pinnedResult, decisions);
            return pinnedResult;
        }

        Explanation explanation() {
            return new Explanation(summaries, decisions, notes);
        }

        private static long mappings(CandidateDistribution distribution) {
            long total = 0;
            for (int service : distribution.services()) {
                total += distribution.candidateCount(service);
            }
            return total;
        }
    }

    /** The steps the result depends on, directly or through other steps. */
    private static Set<Step> usedSteps(Policy policy) {
        Set<Step> used = new LinkedHashSet<>();
        List<Source> pending = new ArrayList<>();
        pending.add(policy.getResult());
        while (!pending.isEmpty()) {
            Source source = pending.remove(pending.size() - 1);
            if (source instanceof StepReference reference && reference.getStep() != null && used.add(reference.getStep())) {
                pending.add(reference.getStep().getSource());
            } else if (source instanceof FilterCall call && call.getInput() != null) {
                pending.add(call.getInput());
            }
        }
        return used;
    }
}
