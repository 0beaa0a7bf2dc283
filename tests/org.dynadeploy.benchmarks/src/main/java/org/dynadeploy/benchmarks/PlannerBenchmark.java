package org.dynadeploy.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.FilterRegistry;
import org.dynadeploy.planner.PlanResult;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PolicyExecutor;
import org.dynadeploy.planner.explain.StepSummary;
import org.dynadeploy.planner.ids.IdAssigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The planning engine on models built in code (see {@link PlannerModels}; seed 42, no parsing):
 * {@code PolicyExecutor.execute(policy, PlanningContext.of(models))} for several policies, and
 * {@code IdAssigner.assign} in services-only mode. Each measured operation includes building the
 * {@link PlanningContext} (its index of services and targets), as every front end does. The
 * executor runs without recording an explanation, as {@code gendist} does without
 * {@code --explain}; {@code -p explain=true} measures it with one.
 *
 * <p>Every state runs its operation once in its set-up and checks the result, so a failing
 * configuration stops before anything is measured. As in {@link LoadWorkspaceBenchmark}, each
 * iteration also prints the CPU time of the benchmark thread per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Dguice_bytecode_gen_option=DISABLED", "-Xmx4g"})
public class PlannerBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU-time bookkeeping shared by the states. */
    public abstract static class Measured {
        long cpuNanos;
        int ops;
        double measuredCpuMillis;
        int measuredIterations;

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            ops++;
        }

        @Setup(Level.Iteration)
        public void startIteration() {
            cpuNanos = 0;
            ops = 0;
        }

        @TearDown(Level.Iteration)
        public void reportIteration(IterationParams iteration) {
            double cpuMillis = ops == 0 ? 0 : cpuNanos / 1e6 / ops;
            System.out.printf("[cpu %.2f ms/op, %d ops] ", cpuMillis, ops);
            if (iteration.getType() == IterationType.MEASUREMENT) {
                measuredCpuMillis += cpuMillis;
                measuredIterations++;
            }
        }

        @TearDown(Level.Trial)
        public void reportTrial() {
            if (measuredIterations > 0) {
                System.out.printf("%ncpu time of the benchmark thread, mean of the measurement iterations: %.2f ms/op%n",
                        measuredCpuMillis / measuredIterations);
            }
        }
    }

    /** Models and a policy for the executor. */
    public abstract static class PolicyState extends Measured {
        ModelSet models;
        Policy policy;
        PolicyExecutor executor;

        /** Whether the executor records an explanation (a {@code @Param} of each concrete state). */
        abstract boolean explain();

        abstract int services();

        abstract int targets();

        int dependencies() {
            return 0;
        }

        abstract Policy policy();

        /** The filters the policy may call. */
        FilterRegistry registry() {
            return FilterRegistry.builtIn();
        }

        /** Per filter call of the policy: wall-clock nanoseconds summed over the measured operations. */
        final Map<String, Long> stepNanos = new LinkedHashMap<>();
        int stepOps;
        boolean measuring;

        @Setup(Level.Iteration)
        public void startSteps(IterationParams iteration) {
            measuring = iteration.getType() == IterationType.MEASUREMENT;
        }

        @TearDown(Level.Trial)
        public void reportSteps() {
            if (stepOps == 0) return;
            StringBuilder text = new StringBuilder("wall clock per filter call, mean of the measured operations:");
            stepNanos.forEach((step, nanos) -> text.append(String.format(" %s %.1f ms;", step, nanos / 1e6 / stepOps)));
            System.out.println(text);
        }

        @Setup(Level.Trial)
        public void build() {
            long start = System.nanoTime();
            models = PlannerModels.build(services(), targets(), dependencies(), 0);
            policy = policy();
            executor = new PolicyExecutor(registry(), Thread.currentThread().getContextClassLoader(), explain());
            long built = System.nanoTime();
            CandidateDistribution result = run().distribution();
            long mapped = 0;
            int maxCandidates = 0;
            for (int service : result.services()) {
                mapped += result.candidateCount(service) > 0 ? 1 : 0;
                maxCandidates = Math.max(maxCandidates, result.candidateCount(service));
            }
            System.out.printf("%n%s: %d services, %d targets (built in %.0f ms); first run %.0f ms: %d services mapped,"
                    + " at most %d targets each%n", getClass().getSimpleName().replaceFirst("^PlannerBenchmark_(.*)_jmhType.*$", "$1"), models.servicesByName().size(),
                    models.targetsByName().size(), (built - start) / 1e6, (System.nanoTime() - built) / 1e6, mapped,
                    maxCandidates);
            if (mapped != services()) {
                throw new IllegalStateException("expected every service to be mapped, got " + mapped);
            }
        }

        PlanResult run() {
            return executor.execute(policy, PlanningContext.of(models));
        }

        /** Notes the time of each filter call of a measured operation. */
        PlanResult record(PlanResult result) {
            if (measuring) {
                for (StepSummary step : result.explanation().steps()) {
                    stepNanos.merge(step.step() + "=" + step.filter(), step.nanos(), Long::sum);
                }
                stepOps++;
            }
            return result;
        }
    }

    /**
     * {@code mapAttrOnList(type → supportedTypes) → order(priority) → divide greedy(requireMem → mem)}, one target per
     * ten services. {@code lists=shared} starts from {@code initial}, where every service has the same candidate list
     * (as in a real policy), so the filters can work once per distinct list; {@code lists=distinct} first gives every
     * service its own list (all targets, rotated by the service's index; the {@code distinctLists} step), the worst
     * case, where every (service, target) pair is looked at.
     */
    @State(Scope.Benchmark)
    public static class Pipeline extends PolicyState {
        @Param({"1000", "5000", "10000"})
        public int pipelineServices;

        @Param({"shared"})
        public String lists;

        @Override
        FilterRegistry registry() {
            return FilterRegistry.builtIn().with(new PlannerModels.DistinctLists());
        }

        @Param({"false"})
        public boolean explain;

        @Override
        boolean explain() {
            return explain;
        }

        @Override
        int services() {
            return pipelineServices;
        }

        @Override
        int targets() {
            return pipelineServices / 10;
        }

        @Override
        Policy policy() {
            return switch (lists) {
                case "shared" -> PlannerModels.pipeline(false);
                case "distinct" -> PlannerModels.pipeline(true);
                default -> throw new IllegalArgumentException("lists is shared or distinct, not " + lists);
            };
        }
    }

    /** {@code mapAttrOnList(type → supportedTypes) → minsetcover(cost)}, one target per ten services. */
    @State(Scope.Benchmark)
    public static class MinSetCover extends PolicyState {
        @Param({"5000"})
        public int minSetCoverServices;

        @Param({"false"})
        public boolean explain;

        @Override
        boolean explain() {
            return explain;
        }

        @Override
        int services() {
            return minSetCoverServices;
        }

        @Override
        int targets() {
            return minSetCoverServices / 10;
        }

        @Override
        Policy policy() {
            return PlannerModels.minSetCover();
        }
    }

    /** {@code multiwaycut(initial)} over services with 0–2 dependencies each, one target per ten services. */
    @State(Scope.Benchmark)
    public static class MultiwayCut extends PolicyState {
        @Param({"1000"})
        public int multiwayCutServices;

        @Param({"false"})
        public boolean explain;

        @Override
        boolean explain() {
            return explain;
        }

        @Override
        int services() {
            return multiwayCutServices;
        }

        @Override
        int targets() {
            return multiwayCutServices / 10;
        }

        @Override
        int dependencies() {
            return 2;
        }

        @Override
        Policy policy() {
            return PlannerModels.multiwayCut();
        }
    }

    /** {@code graphcol()} over services with 0–2 dependencies each, one target per ten services. */
    @State(Scope.Benchmark)
    public static class GraphColouring extends PolicyState {
        @Param({"1000"})
        public int graphColServices;

        @Param({"false"})
        public boolean explain;

        @Override
        boolean explain() {
            return explain;
        }

        @Override
        int services() {
            return graphColServices;
        }

        @Override
        int targets() {
            return graphColServices / 10;
        }

        @Override
        int dependencies() {
            return 2;
        }

        @Override
        Policy policy() {
            return PlannerModels.graphColouring();
        }
    }

    /** Services-only id-assign: every service requires one id from a global {@code ports} pool twice its size. */
    @State(Scope.Benchmark)
    public static class IdAssign extends Measured {
        @Param({"10000"})
        public int idServices;

        ModelSet models;

        @Setup(Level.Trial)
        public void build() {
            models = PlannerModels.build(idServices, Math.max(1, idServices / 10), 0, 2 * idServices);
            long start = System.nanoTime();
            IdsModel ids = assign();
            int assigned = 0;
            for (ResourceIds resource : ids.getResources()) {
                assigned += resource.getAssignments().size();
            }
            System.out.printf("%nIdAssign: %d services; first run %.0f ms: %d ids assigned%n",
                    models.servicesByName().size(), (System.nanoTime() - start) / 1e6, assigned);
            if (assigned != idServices) throw new IllegalStateException("expected " + idServices + " ids, got " + assigned);
        }

        IdsModel assign() {
            return new IdAssigner().assign(models, null, IdAssigner.DEFAULT_SERVICE_PROPERTY);
        }
    }

    @Benchmark
    public PlanResult pipeline(Pipeline state) {
        long start = state.start();
        PlanResult result = state.run();
        state.stop(start);
        return state.record(result);
    }

    @Benchmark
    public PlanResult minsetcover(MinSetCover state) {
        long start = state.start();
        PlanResult result = state.run();
        state.stop(start);
        return state.record(result);
    }

    @Benchmark
    public PlanResult multiwaycut(MultiwayCut state) {
        long start = state.start();
        PlanResult result = state.run();
        state.stop(start);
        return state.record(result);
    }

    @Benchmark
    public PlanResult graphcol(GraphColouring state) {
        long start = state.start();
        PlanResult result = state.run();
        state.stop(start);
        return state.record(result);
    }

    @Benchmark
    public IdsModel idAssign(IdAssign state) {
        long start = state.start();
        IdsModel result = state.assign();
        state.stop(start);
        return result;
    }
}
