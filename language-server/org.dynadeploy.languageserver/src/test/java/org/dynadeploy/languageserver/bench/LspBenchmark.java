package org.dynadeploy.languageserver.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.dynadeploy.examples.scale.ScaleModelGenerator;
import org.dynadeploy.languageserver.protocol.ServerProcess;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * A scripted benchmark of the shipped language server (not a test: nothing fails on a slow
 * machine). It starts {@code java -jar dynadeploy-language-server.jar} the way an editor does and
 * measures, on generated workspaces:
 * <ul>
 * <li>initialize latency after process start (median of several starts), and indexing time;</li>
 * <li>diagnostics after an edit: p50/p95 over alternating edits that add and remove an error;</li>
 * <li>completion latency (p50/p95) of a dependsOn reference over all services;</li>
 * <li>heap after indexing (after a full GC, via jcmd) and RSS, for 1,000 and 10,000 services.</li>
 * </ul>
 * Prints a markdown section; {@code --append FILE} also appends it to FILE.
 *
 * <pre>./build mvn -pl language-server/org.dynadeploy.languageserver exec:exec@lsp-benchmark</pre>
 */
public final class LspBenchmark {

    private static final long TIMEOUT = 600_000;

    private final int services;
    private final int heapServices;
    private final int edits;
    private final int completions;
    private final int starts;

    private LspBenchmark(int services, int heapServices, int edits, int completions, int starts) {
        this.services = services;
        this.heapServices = heapServices;
        this.edits = edits;
        this.completions = completions;
        this.starts = starts;
    }

    public static void main(String[] args) throws Exception {
        int services = 1000;
        int heapServices = 10_000;
        int edits = 50;
        int completions = 50;
        int starts = 3;
        Path append = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--services" -> services = Integer.parseInt(args[++i]);
                case "--heap-services" -> heapServices = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--completions" -> completions = Integer.parseInt(args[++i]);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                case "--append" -> append = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String report = new LspBenchmark(services, heapServices, edits, completions, starts).run();
        System.out.println(report);
        if (append != null) {
            Files.writeString(append, "\n" + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private String run() throws Exception {
        Path root = Files.createTempDirectory("dynadeploy-lsp-bench");
        Path small = generate(root.resolve("small"), services, 10);
        Path large = generate(root.resolve("large"), heapServices, Math.max(10, heapServices / 100));

        List<Double> initialize = new ArrayList<>();
        List<Double> initializeCpu = new ArrayList<>();
        List<Double> indexing = new ArrayList<>();
        List<Double> indexingCpu = new ArrayList<>();
        Session main = null;
        for (int i = 0; i < starts; i++) {
            Session session = Session.start(small, "bench-" + i);
            initialize.add(session.initializeMillis);
            initializeCpu.add(session.initializeCpu);
            indexing.add(session.indexMillis);
            indexingCpu.add(session.indexCpu);
            if (i < starts - 1) {
                session.close();
            } else {
                main = session;
            }
        }
        Path file = small.resolve("services-01.services");
        String text = Files.readString(file);
        double open = main.open(file, text);
        List<Double> diagnostics = main.edits(file, text, edits);
        List<Double> completion = main.completions(file, text, completions);
        Memory memorySmall = main.memory();
        main.close();

        Session big = Session.start(large, "bench-large");
        Memory memoryLarge = big.memory();
        double bigIndex = big.indexMillis;
        big.close();

        return report(new Timing(initialize, initializeCpu), new Timing(indexing, indexingCpu), open, diagnostics, completion,
                memorySmall, memoryLarge, new Timing(List.of(bigIndex), List.of(big.indexCpu)));
    }

    private static Path generate(Path folder, int count, int files) throws IOException {
        new ScaleModelGenerator(new ScaleModelGenerator.Options(count, Math.max(10, count / 20), 42, files, 0, folder)).generate();
        return folder;
    }

    /** Wall-clock times and the server's CPU time over the same spans (medians). */
    private record Timing(List<Double> wall, List<Double> cpu) {
        @Override
        public String toString() {
            return ms(percentile(wall, 50)) + " (CPU " + ms(percentile(cpu, 50)) + ")";
        }
    }

    private String report(Timing initialize, Timing indexing, double open, List<Double> diagnostics,
            List<Double> completion, Memory small, Memory large, Timing bigIndex) {
        StringBuilder out = new StringBuilder();
        out.append("## Language server\n\n");
        out.append(String.format(Locale.ROOT, "Measured %s with `LspBenchmark` (language-server module): the fat jar started as "
                + "`java -jar` (JDK %s, default heap settings) as an editor would, driven over stdio by an LSP4J client. "
                + "Workspaces from `ScaleModelGenerator` (seed 42). Machine: %d cores, load average %.1f at the end of the run "
                + "(shared with other builds, so wall-clock times are pessimistic). \"CPU\" is the CPU time the server "
                + "process used over the same span (all threads, JIT and GC included), which depends much less on the load.%n%n",
                LocalDate.now(), Runtime.version().feature(), Runtime.getRuntime().availableProcessors(), loadAverage()));
        out.append("| Measurement | Result |\n|---|---|\n");
        out.append(row("`initialize` answered after process start (" + services + " services, median of " + initialize.wall().size() + ")",
                initialize.toString()));
        out.append(row("Languages set up and workspace indexed, in the background after `initialize` (median)", indexing.toString()));
        out.append(row("Open a services file (" + services / 10 + " services) to its diagnostics", ms(open)));
        out.append(row("Diagnostics after an edit, p50 / p95 (" + diagnostics.size() + " edits)",
                ms(percentile(diagnostics, 50)) + " / " + ms(percentile(diagnostics, 95))));
        out.append(row("Completion of a `dependsOn` reference (" + services + " candidates), p50 / p95 (" + completion.size() + ")",
                ms(percentile(completion, 50)) + " / " + ms(percentile(completion, 95))));
        out.append(row("Heap after indexing (after full GC) / RSS, " + services + " services", small.toString()));
        out.append(row("Heap after indexing (after full GC) / RSS, " + heapServices + " services", large.toString()));
        out.append(row("Languages set up and " + heapServices + " services indexed", bigIndex.toString()));
        out.append("\nInitialize is answered before the workspace is built (the build runs after the answer, with "
                + "`$/progress` reporting); requests that need the index wait for the build.\n");
        out.append("Re-run (after `install`): `./build mvn -pl language-server/org.dynadeploy.languageserver "
                + "exec:exec@lsp-benchmark`; the main class `org.dynadeploy.languageserver.bench.LspBenchmark` (test classpath) "
                + "takes `--services`, `--heap-services`, `--edits`, `--completions`, `--starts` and `--append FILE`.\n");
        return out.toString();
    }

    private static String row(String what, String value) {
        return "| " + what + " | " + value + " |\n";
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Heap used after a full GC and resident set size of the server process, in MB. */
    record Memory(double heapMb, double rssMb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f MB / %.0f MB", heapMb, rssMb);
        }
    }

    /** One server process on one workspace. */
    private static final class Session {

        private final ServerProcess process;
        private final double initializeMillis;
        private final double initializeCpu;
        private final double indexMillis;
        private final double indexCpu;
        private int version = 1;

        private Session(ServerProcess process, double initializeMillis, double initializeCpu, double indexMillis, double indexCpu) {
            this.process = process;
            this.initializeMillis = initializeMillis;
            this.initializeCpu = initializeCpu;
            this.indexMillis = indexMillis;
            this.indexCpu = indexCpu;
        }

        static Session start(Path workspace, String name) throws Exception {
            ServerProcess process = ServerProcess.start(Path.of("target/bench-logs/" + name + ".log"));
            InitializeParams params = new InitializeParams();
            params.setProcessId((int) ProcessHandle.current().pid());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
            ClientCapabilities capabilities = new ClientCapabilities();
            WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
            workspaceCapabilities.setWorkspaceFolders(true);
            capabilities.setWorkspace(workspaceCapabilities);
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setWorkDoneProgress(true);
            capabilities.setWindow(window);
            params.setCapabilities(capabilities);
            process.server().initialize(params).get(TIMEOUT, TimeUnit.MILLISECONDS);
            double initialize = process.millisSinceStart();
            double initializeCpu = process.cpuMillis();
            long indexStart = System.nanoTime();
            process.server().initialized(new InitializedParams());
            process.client().awaitProgressEnd(TIMEOUT);
            return new Session(process, initialize, initializeCpu, (System.nanoTime() - indexStart) / 1e6,
                    process.cpuMillis() - initializeCpu);
        }

        double open(Path file, String text) throws Exception {
            String uri = file.toUri().toString();
            long start = System.nanoTime();
            process.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "dynadeploy-services", version, text)));
            long at = process.client().awaitPublishAfter(uri, start, d -> true, TIMEOUT);
            return (at - start) / 1e6;
        }

        /** Alternately appends a service with an unresolved dependency and removes it again. */
        List<Double> edits(Path file, String original, int count) throws Exception {
            String uri = file.toUri().toString();
            List<Double> result = new ArrayList<>();
            String text = original;
            for (int i = 0; i < count; i++) {
                boolean addError = i % 2 == 0;
                String broken = "\nservice bench-" + i + " : process {\n    dependsOn missing-" + i + "\n}\n";
                TextDocumentContentChangeEvent change;
                if (addError) {
                    Position end = endOf(text);
                    change = new TextDocumentContentChangeEvent(new Range(end, end), broken);
                    text = text + broken;
                } else {
                    change = new TextDocumentContentChangeEvent(new Range(endOf(original), endOf(text)), "");
                    text = original;
                }
                long start = System.nanoTime();
                process.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
                long at = process.client().awaitPublishAfter(uri, start,
                        d -> addError == d.stream().anyMatch(x -> x.getSeverity() == DiagnosticSeverity.Error), TIMEOUT);
                result.add((at - start) / 1e6);
            }
            return result;
        }

        List<Double> completions(Path file, String text, int count) throws Exception {
            String uri = file.toUri().toString();
            int offset = text.indexOf("dependsOn ") + "dependsOn ".length();
            Position position = positionOf(text, offset);
            List<Double> result = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                int items = process.server().getTextDocumentService()
                        .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
                        .get(TIMEOUT, TimeUnit.MILLISECONDS).getRight().getItems().size();
                result.add((System.nanoTime() - start) / 1e6);
                if (items == 0) {
                    throw new IllegalStateException("completion found nothing at " + position);
                }
            }
            return result;
        }

        Memory memory() throws Exception {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(jcmd, String.valueOf(process.pid()), "GC.run");
            String info = run(jcmd, String.valueOf(process.pid()), "GC.heap_info");
            double heap = 0;
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            if (used.find()) {
                heap = Long.parseLong(used.group(1)) / 1024.0;
            }
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return new Memory(heap, rss);
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        }

        void close() throws Exception {
            process.server().shutdown().get(30, TimeUnit.SECONDS);
            process.server().exit();
            process.waitForExit(30_000);
        }

        private static Position endOf(String text) {
            return positionOf(text, text.length());
        }

        private static Position positionOf(String text, int offset) {
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(line, offset - lineStart);
        }
    }
}
