package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dynadeploy.docs.DocsGenerator;
import org.dynadeploy.docs.DocsOptions;
import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.bench.SyntheticModels;
import org.dynadeploy.model.support.ModelSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy bench docs}: the catalog generator on {@link SyntheticModels} (groups over
 * levels 1:3:6, each service depending on one to three earlier ones), timed in the CLI's own
 * process so JVM start-up and the launcher's flags count. {@code --write-model} instead writes
 * the same model as model files, to time {@code dynadeploy docs} end to end (parsing included).
 */
@Command(name = "docs", sortOptions = false,
        description = {"Times the documentation catalog on a seeded synthetic model.",
                "Prints the JVM start-up, the cold catalog run (and with --rounds > 1 the warm runs), the process's"
                        + " wall and CPU time and the output size. With --write-model DIR it only writes the model as"
                        + " .services/.infra/.dist files, for timing `dynadeploy docs -s DIR` as a whole process."},
        footer = {"", "Examples:",
                "  dynadeploy bench docs --services 1000 --groups 50 --levels 3",
                "  dynadeploy bench docs --services 10000 --rounds 3 --format png",
                "  dynadeploy bench docs --services 1000 --write-model /tmp/ws",
                "  dynadeploy docs -s /tmp/ws --output-dir /tmp/out",
                "", "Exit status: 0 done, 1 the output cannot be written, 2 wrong usage."})
final class DocsBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--services", paramLabel = "N", description = "Services (default ${DEFAULT-VALUE}).")
    int services = 1000;

    @Option(names = "--groups", paramLabel = "G", description = "Groups (default ${DEFAULT-VALUE}).")
    int groups = 50;

    @Option(names = "--levels", paramLabel = "L", description = "Group levels, 1 to 3 (default ${DEFAULT-VALUE}).")
    int levels = 3;

    @Option(names = "--targets", paramLabel = "T", description = "Targets with a round-robin distribution; adds the"
            + " deployment and infrastructure views (default ${DEFAULT-VALUE}).")
    int targets;

    @Option(names = {"-f", "--format"}, paramLabel = "svg|png", converter = FormatConverter.class,
            description = "Image format of the pages (default svg).")
    Format format = Format.SVG;

    @Option(names = "--rounds", paramLabel = "R", description = "Runs in this process; the first is cold (default 1).")
    int rounds = 1;

    @Option(names = "--threads", paramLabel = "K", description = "Layers laid out at once (default: one per core).")
    int threads;

    @Option(names = "--seed", paramLabel = "S", description = "Model seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Keep the catalog here (default: a temporary"
            + " folder, removed afterwards).")
    Path outputDir;

    @Option(names = "--write-model", paramLabel = "DIR", description = "Write the model files to DIR and stop.")
    Path writeModel;

    @Override
    public Integer call() throws IOException {
        if (services < 1 || groups < 0 || levels < 1 || targets < 0 || rounds < 1) {
            throw new UserException("--services, --levels and --rounds must be at least 1; --groups and --targets at least 0");
        }
        DocsFormats.require(format, DocsFormats.CATALOG, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long started = System.nanoTime();
        ModelSet models = SyntheticModels.model(services, groups, levels, targets, seed);
        long modelMillis = millisSince(started);
        if (writeModel != null) {
            List<Path> files = SyntheticWorkspace.write(models, writeModel);
            out.printf("bench docs: %d services, %d groups over %d levels, %d targets (seed %d) written to %s%n",
                    services, groups, levels, targets, seed, DisplayPaths.of(writeModel));
            files.forEach(file -> out.println("  " + DisplayPaths.of(file)));
            out.flush();
            return 0;
        }
        int layoutThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        out.printf("bench docs: %d services, %d groups over %d levels, %d targets, %s, %d layout threads%n",
                services, groups, levels, targets, format.extension(), layoutThreads);
        out.printf("  JVM start to command: %d ms; synthetic model: %d ms%n",
                Duration.between(processStart, Instant.now()).toMillis() - modelMillis, modelMillis);
        out.flush();
        Path dir = outputDir != null ? outputDir : Files.createTempDirectory("dynadeploy-bench-docs");
        try {
            run(models, dir, layoutThreads, processStart, out);
        } finally {
            if (outputDir == null) {
                Directories.deleteTree(dir);
            }
        }
        return 0;
    }

    private void run(ModelSet models, Path dir, int layoutThreads, Instant processStart, PrintWriter out) throws IOException {
        DocsOptions options = DocsOptions.of(dir).withImageFormat(format).withThreads(layoutThreads).withResultsFrom(models);
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            DocsResult result = DocsGenerator.generate(models, options);
            times.add(millisSince(start));
            if (round == 0) {
                out.printf("  catalog, cold: %d ms (%d pages, %d files, %d MB)%n", times.get(0), result.groups(),
                        result.files().size(), size(dir) >> 20);
                out.printf("  process so far: %d ms wall, %d ms CPU%n",
                        Duration.between(processStart, Instant.now()).toMillis(), processCpuMillis());
                out.flush();
            }
        }
        if (rounds > 1) {
            List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
            warm.sort(Comparator.naturalOrder());
            out.printf("  catalog, warm: median %d ms, min %d ms, max %d ms over %d rounds%n", warm.get(warm.size() / 2),
                    warm.get(0), warm.get(warm.size() - 1), warm.size());
        }
        Runtime runtime = Runtime.getRuntime();
        out.printf("  heap used %d MB of %d MB max%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        out.flush();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1 if the JDK does not say. */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
