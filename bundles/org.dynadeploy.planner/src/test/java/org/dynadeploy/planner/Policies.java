package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.IntArgument;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Source;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.StepReference;
import org.dynadeploy.model.StringArgument;
import org.dynadeploy.model.SymbolArgument;
import org.dynadeploy.model.support.ModelSet;

/** Builds QoS policies in code, as the policy language would. */
public final class Policies {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private Policies() {
    }

    public static Policy policy(Source result, Step... steps) {
        Policy policy = F.createPolicy();
        policy.setName("test");
        policy.getSteps().addAll(List.of(steps));
        policy.setResult(result);
        return policy;
    }

    public static Step let(String name, Source source) {
        Step step = F.createStep();
        step.setName(name);
        step.setSource(source);
        return step;
    }

    public static StepReference ref(Step step) {
        StepReference reference = F.createStepReference();
        reference.setStep(step);
        return reference;
    }

    public static Source initial() {
        return F.createInitialSource();
    }

    public static Source previous() {
        return F.createPreviousSource();
    }

    /** A call; arguments come as name/value pairs (identifier-like strings become symbols). */
    public static FilterCall call(String filter, Source input, Object... arguments) {
        FilterCall call = F.createFilterCall();
        call.setFilter(filter);
        call.setInput(input);
        for (int i = 0; i < arguments.length; i += 2) {
            Argument argument = F.createArgument();
            argument.setName((String) arguments[i]);
            Object value = arguments[i + 1];
            if (value instanceof Number number) {
                IntArgument integer = F.createIntArgument();
                integer.setValue(number.longValue());
                argument.setValue(integer);
            } else if (((String) value).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                SymbolArgument symbol = F.createSymbolArgument();
                symbol.setSymbol((String) value);
                argument.setValue(symbol);
            } else {
                StringArgument string = F.createStringArgument();
                string.setValue((String) value);
                argument.setValue(string);
            }
            call.getArguments().add(argument);
        }
        return call;
    }

    public static CustomFilter customFilter(String name, CustomFilterKind kind, String implementation, String... arguments) {
        CustomFilter filter = F.createCustomFilter();
        filter.setName(name);
        filter.setKind(kind);
        filter.setImplementation(implementation);
        filter.getArguments().addAll(List.of(arguments));
        return filter;
    }

    /** Runs a policy result without a previous distribution. */
    public static CandidateDistribution plan(ModelSet models, Source result, Step... steps) {
        return new PolicyExecutor().execute(policy(result, steps), PlanningContext.of(models)).distribution();
    }

    /** service → target names (container mappings as "target/container"), services in byte order. */
    public static Map<String, List<String>> asMap(CandidateDistribution distribution) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int service : distribution.services()) {
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < distribution.candidateCount(service); i++) {
                String container = distribution.container(service, i);
                targets.add(distribution.universe().targetName(distribution.target(service, i))
                        + (container == null ? "" : "/" + container));
            }
            result.put(distribution.universe().serviceName(service), targets);
        }
        return result;
    }

    /** Builds the expected map from "service", List.of(...) pairs. */
    public static Map<String, List<String>> expect(Object... serviceAndTargets) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int i = 0; i < serviceAndTargets.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) serviceAndTargets[i + 1];
            result.put((String) serviceAndTargets[i], targets);
        }
        return result;
    }
}
