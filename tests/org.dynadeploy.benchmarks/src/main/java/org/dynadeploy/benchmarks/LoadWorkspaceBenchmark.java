package org.dynadeploy.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dynadeploy.examples.scale.ScaleModelGenerator;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
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
 * Loads a whole generated workspace (parse, link across files, validate) the way every front end
 * does, with {@link ModelLoader}. The workspace has one target per ten services and 500 services
 * per file. {@code errors} of its services depend on a missing service, so a correct load reports
 * exactly that many problems (0: a clean workspace; 10: a few typos, which exercises the error
 * path). The set-up checks the count before anything is measured.
 *
 * <p>Besides JMH's wall-clock score, each iteration prints the CPU time the loading thread used
 * per load ({@code [cpu … ms/op, n loads]}). On a machine shared with other work, the CPU time
 * is much closer than the wall time to what the load takes on an idle machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Dguice_bytecode_gen_option=DISABLED", "-Xmx4g"})
public class LoadWorkspaceBenchmark {

    static final long SEED = 42;
    static final int SERVICES_PER_FILE = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"1000", "10000"})
    public int services;

    @Param({"0", "10"})
    public int errors;

    private Path workspace;
    private long cpuNanos;
    private int loads;
    private double measuredCpuMillis;
    private int measuredIterations;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        workspace = Files.createTempDirectory("dynadeploy-bench-");
        int files = Math.max(1, services / SERVICES_PER_FILE);
        int targets = Math.max(1, services / 10);
        List<Path> written = new ScaleModelGenerator(new ScaleModelGenerator.Options(services, targets, SEED, files,
                errors, workspace)).generate();
        LoadResult result = load();
        List<Problem> problems = result.problems();
        long lines = 0;
        for (Path file : written) {
            try (Stream<String> fileLines = Files.lines(file)) {
                lines += fileLines.count();
            }
        }
        System.out.printf("%nworkspace: %d services in %d files, %d targets, %d lines; %d problems (expected %d)%n",
                result.models().servicesByName().size(), files, result.models().targetsByName().size(), lines,
                problems.size(), errors);
        if (problems.size() != errors || problems.stream().anyMatch(p -> !p.isError())) {
            problems.stream().limit(20).forEach(p -> System.out.println("  " + p.format()));
            throw new IllegalStateException("expected exactly " + errors
                    + " errors (the injected unresolved references), got " + problems.size() + " problems");
        }
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpuNanos = 0;
        loads = 0;
    }

    @TearDown(Level.Iteration)
    public void reportIteration(IterationParams iteration) {
        double cpuMillis = loads == 0 ? 0 : cpuNanos / 1e6 / loads;
        System.out.printf("[cpu %.1f ms/op, %d loads] ", cpuMillis, loads);
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredCpuMillis += cpuMillis;
            measuredIterations++;
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        if (measuredIterations > 0) {
            System.out.printf("%ncpu time of the loading thread, mean of the measurement iterations: %.1f ms/op%n",
                    measuredCpuMillis / measuredIterations);
        }
        try (Stream<Path> walk = Files.walk(workspace)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Parse, link and validate every file of the workspace. */
    @Benchmark
    public LoadResult load() throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        LoadResult result = new ModelLoader().load(List.of(workspace));
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        loads++;
        return result;
    }
}
