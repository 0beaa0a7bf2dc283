package org.dynadeploy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Source;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.StepReference;
import org.dynadeploy.model.SymbolArgument;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.FilterStep;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;

/**
 * Builds planner inputs in code (no parsing), deterministically from a seed: services with a
 * {@code type}, a {@code requireMem} and the {@code ports} id resource, over targets with
 * {@code supportedTypes}, {@code mem}, {@code priority} and {@code cost}; and policies.
 */
final class PlannerModels {

    static final long SEED = 42;
    static final List<String> TYPES = List.of("echo", "process", "wrapper", "apache-webapplication",
            "mysql-database", "tomcat-webapplication");
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private PlannerModels() {
    }

    /**
     * @param services     number of services ("s00000", ...)
     * @param targets      number of targets ("t0000", ...)
     * @param dependencies at most this many {@code dependsOn} edges per service, each to an earlier
     *                     service (so the graph is acyclic and sparse)
     * @param portsPool    size of the global {@code ports} pool; 0 for no id resources model
     */
    static ModelSet build(int services, int targets, int dependencies, int portsPool) {
        Random random = new Random(SEED);
        ServicesModel servicesModel = F.createServicesModel();
        List<Service> created = new ArrayList<>(services);
        long totalMem = 0;
        for (int i = 0; i < services; i++) {
            Service service = F.createService();
            service.setName(String.format("s%05d", i));
            service.setType(TYPES.get(random.nextInt(TYPES.size())));
            long mem = 64 + random.nextInt(961);
            totalMem += mem;
            service.getProperties().add(Values.property("requireMem", Values.integer(mem)));
            if (portsPool > 0) service.getRequiresIds().add("ports");
            int deps = i == 0 ? 0 : random.nextInt(dependencies + 1);
            for (int d = 0; d < deps; d++) {
                Service dependency = created.get(random.nextInt(i));
                if (!service.getDependsOn().contains(dependency)) service.getDependsOn().add(dependency);
            }
            servicesModel.getServices().add(service);
            created.add(service);
        }

        InfrastructureModel infrastructure = F.createInfrastructureModel();
        // Each target gets 3 of the types; capacity is about three times the average demand per
        // target, so a greedy divide always finds room.
        long memPerTarget = 3 * totalMem / targets + 1024;
        for (int t = 0; t < targets; t++) {
            Target target = F.createTarget();
            target.setName(String.format("t%04d", t));
            ListValue supported = F.createListValue();
            List<String> types = new ArrayList<>(TYPES);
            java.util.Collections.shuffle(types, random);
            for (String type : types.subList(0, 3)) supported.getElements().add(Values.string(type));
            target.getProperties().add(Values.property("hostname", Values.string(target.getName() + ".example")));
            target.getProperties().add(Values.property("supportedTypes", supported));
            target.getProperties().add(Values.property("mem", Values.integer(memPerTarget / 2 + random.nextInt((int) memPerTarget))));
            target.getProperties().add(Values.property("priority", Values.integer(1 + random.nextInt(10))));
            target.getProperties().add(Values.property("cost", Values.integer(1 + random.nextInt(1000))));
            infrastructure.getTargets().add(target);
        }

        ModelSet set = new ModelSet();
        set.add(servicesModel);
        set.add(infrastructure);
        if (portsPool > 0) {
            IdResourcesModel pools = F.createIdResourcesModel();
            IdResource ports = F.createIdResource();
            ports.setName("ports");
            ports.setMin(3000);
            ports.setMax(3000 + portsPool - 1);
            ports.setScope(Scope.GLOBAL);
            ports.setStep(1);
            pools.getResources().add(ports);
            set.add(pools);
        }
        return set;
    }

    static Policy policy(Source result, Step... steps) {
        Policy policy = F.createPolicy();
        policy.setName("bench");
        policy.getSteps().addAll(List.of(steps));
        policy.setResult(result);
        return policy;
    }

    static Step let(String name, Source source) {
        Step step = F.createStep();
        step.setName(name);
        step.setSource(source);
        return step;
    }

    static StepReference ref(Step step) {
        StepReference reference = F.createStepReference();
        reference.setStep(step);
        return reference;
    }

    static Source initial() {
        return F.createInitialSource();
    }

    /** A filter call; arguments are name/symbol pairs. */
    static FilterCall call(String filter, Source input, String... namesAndSymbols) {
        FilterCall call = F.createFilterCall();
        call.setFilter(filter);
        call.setInput(input);
        for (int i = 0; i < namesAndSymbols.length; i += 2) {
            Argument argument = F.createArgument();
            argument.setName(namesAndSymbols[i]);
            SymbolArgument symbol = F.createSymbolArgument();
            symbol.setSymbol(namesAndSymbols[i + 1]);
            argument.setValue(symbol);
            call.getArguments().add(argument);
        }
        return call;
    }

    /**
     * {@code typed = mapAttrOnList(type → supportedTypes); ordered = order(priority); result = divide greedy(requireMem → mem)},
     * from {@code initial}, or with {@code distinct} from {@code distinctLists(initial)}.
     */
    static Policy pipeline(boolean distinct) {
        Source start = initial();
        Step own = null;
        if (distinct) {
            own = let("own", call(DistinctLists.NAME, initial()));
            start = ref(own);
        }
        Step typed = let("typed", call("mapAttrOnList", start, "serviceProperty", "type", "targetPropertyList",
                "supportedTypes"));
        Step ordered = let("ordered", call("order", ref(typed), "targetProperty", "priority"));
        FilterCall divide = call("divide", ref(ordered), "strategy", "greedy", "serviceProperty", "requireMem",
                "targetProperty", "mem");
        return own == null ? policy(divide, typed, ordered) : policy(divide, own, typed, ordered);
    }

    /**
     * Gives every service a list of its own: its input list rotated by the service's index. Filters
     * then find no list shared between services (as after a previous distribution or a filter that
     * treats every service differently).
     */
    static final class DistinctLists implements FilterStep {
        static final String NAME = "distinctLists";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
            CandidateDistribution.Builder result = input.toBuilder();
            for (int service : input.services()) {
                int count = input.candidateCount(service);
                if (count == 0) continue;
                int[] positions = new int[count];
                for (int i = 0; i < count; i++) positions[i] = (i + service) % count;
                result.keep(service, positions);
            }
            return result.build();
        }
    }

    /** {@code typed = mapAttrOnList(type → supportedTypes); result = minsetcover(cost)}. */
    static Policy minSetCover() {
        Step typed = let("typed", call("mapAttrOnList", initial(), "serviceProperty", "type", "targetPropertyList",
                "supportedTypes"));
        return policy(call("minsetcover", ref(typed), "targetProperty", "cost"), typed);
    }

    /** {@code result = multiwaycut(initial)} (dydisnix algorithm). */
    static Policy multiwayCut() {
        return policy(call("multiwaycut", initial()));
    }

    /** {@code result = graphcol()} (dydisnix algorithm; it takes no input, it places every service). */
    static Policy graphColouring() {
        return policy(call("graphcol", null));
    }
}
