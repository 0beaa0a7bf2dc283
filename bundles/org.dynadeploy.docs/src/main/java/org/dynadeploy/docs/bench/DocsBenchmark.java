package org.dynadeploy.docs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.dynadeploy.docs.DocsGenerator;
import org.dynadeploy.docs.DocsOptions;
import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;
import org.dynadeploy.model.support.ModelSet;

/**
 * Timing harness for the catalog generator (not a unit test: timings on a shared machine are
 * not assertions). Run it in a fresh JVM, as the CLI runs:
 *
 * <pre>
 * java -cp ... org.dynadeploy.docs.bench.DocsBenchmark [--services N] [--groups G] [--levels L]
 *      [--targets T] [--format svg|png] [--rounds R] [--threads K] [--out DIR]
 * </pre>
 *
 * It prints the process age when generation starts (JVM start-up), the first (cold) run, and
 * with --rounds &gt; 1 the warm runs' median and spread, plus heap used and output size. On a
 * shared machine wall time follows the load; the process CPU time it also prints does not.
 */
public final class DocsBenchmark {

    private DocsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int services = 1000;
        int groups = 50;
        int levels = 3;
        int targets = 0;
        int rounds = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        Format format = Format.SVG;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--services" -> { services = Integer.parseInt(value); i++; }
                case "--groups" -> { groups = Integer.parseInt(value); i++; }
                case "--levels" -> { levels = Integer.parseInt(value); i++; }
                case "--targets" -> { targets = Integer.parseInt(value); i++; }
                case "--rounds" -> { rounds = Integer.parseInt(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                case "--format" -> { format = Format.parse(value); i++; }
                case "--out" -> { out = Path.of(value); i++; }
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Path dir = out != null ? out : Files.createTempDirectory("dynadeploy-docs-bench");
        long t0 = System.nanoTime();
        ModelSet models = SyntheticModels.model(services, groups, levels, targets, 42);
        long modelNanos = System.nanoTime() - t0;
        System.out.printf("docs benchmark: %d services, %d groups over %d levels, %d targets, %s, %d threads%n",
                services, groups, levels, targets, format.extension(), threads);
        System.out.printf("  model built in %d ms; JVM up %d ms before generation%n", modelNanos / 1_000_000,
                Duration.between(processStart, Instant.now()).toMillis());
        List<Long> times = new ArrayList<>();
        DocsResult result = null;
        DocsOptions options = DocsOptions.of(dir).withImageFormat(format).withThreads(threads).withResultsFrom(models);
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            result = DocsGenerator.generate(models, options);
            times.add((System.nanoTime() - start) / 1_000_000);
            if (round == 0) {
                System.out.printf("  cold: %d ms (%d pages, %d files); process so far %d ms wall, %d ms CPU%n", times.get(0),
                        result.groups(), result.files().size(), Duration.between(processStart, Instant.now()).toMillis(),
                        processCpuMillis());
            }
        }
        if (rounds > 1) {
            List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
            warm.sort(Comparator.naturalOrder());
            System.out.printf("  warm: median %d ms, min %d ms, max %d ms over %d rounds%n", warm.get(warm.size() / 2),
                    warm.get(0), warm.get(warm.size() - 1), warm.size());
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("  heap used %d MB; output %d MB in %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                size(dir) >> 20, dir);
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1 if unknown. */
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
