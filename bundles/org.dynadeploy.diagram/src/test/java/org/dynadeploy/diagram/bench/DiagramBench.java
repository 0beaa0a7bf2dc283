package org.dynadeploy.diagram.bench;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.dynadeploy.diagram.DiagramContext;
import org.dynadeploy.diagram.layout.NotationStore;
import org.dynadeploy.diagram.server.DiagramWebServer;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.dynadeploy.examples.scale.ScaleModelGenerator;

/**
 * Times the diagram server on a generated workspace (default 1,000 services, examples/scale's
 * generator, seed 42), over the real websocket as a browser would talk to it:
 * <ul>
 * <li>open: loading the folder (parse, link, validate);</li>
 * <li>diagram: requestModel until the whole setModel message (laid-out JSON) has arrived, cold and warm;</li>
 * <li>edit round trip: an operation until the updateModel message has arrived (add a dependsOn,
 * remove it again: text edit, file write, reload, new diagram, relayout of the changed boxes).</li>
 * </ul>
 * Run: {@code java -cp <test class path> org.dynadeploy.diagram.bench.DiagramBench [services] [rounds]}.
 * No JMH: the numbers are wall-clock times of single operations, median and maximum of the warm runs.
 */
public final class DiagramBench {

    private DiagramBench() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("dynadeploy-diagram-bench");
        new ScaleModelGenerator(new ScaleModelGenerator.Options(services, Math.max(1, services / 100), 42,
                Math.max(1, services / 250), 0, folder)).generate();
        System.out.printf(Locale.ROOT, "workspace: %d services in %s (%d cores, load average %.1f)%n", services, folder,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long start = System.nanoTime();
        FolderDiagramSource source = new FolderDiagramSource(folder);
        System.out.printf(Locale.ROOT, "open (load, link, validate the folder, cold JVM): %d ms%n", ms(start));
        long reload = System.nanoTime();
        source.checkForExternalChanges();
        System.out.printf(Locale.ROOT, "folder unchanged check: %d ms%n", ms(reload));

        DiagramContext context = new DiagramContext(source, new NotationStore(folder));
        try (DiagramWebServer server = new DiagramWebServer(context, null)) {
            server.start("127.0.0.1", 0);
            Client client = new Client();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(server.websocket(), client).get(30, TimeUnit.SECONDS);
            socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"bench\","
                    + "\"protocolVersion\":\"1.0.0\"}}", true).get();
            client.await("\"id\":1");

            List<Long> opens = new ArrayList<>();
            List<Long> openCpu = new ArrayList<>();
            long size = 0;
            for (int i = 0; i <= rounds / 2; i++) {
                String id = "bench" + i;
                socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + (10 + i) + ",\"method\":\"initializeClientSession\",\"params\":{"
                        + "\"clientSessionId\":\"" + id + "\",\"diagramType\":\"dynadeploy-architecture\",\"clientActionKinds\":"
                        + "[\"setModel\",\"updateModel\",\"status\",\"message\",\"setDirtyState\"]}}", true).get();
                client.await("\"id\":" + (10 + i));
                long t = System.nanoTime();
                long c = cpu();
                socket.sendText(process(id, "{\"kind\":\"requestModel\",\"requestId\":\"r" + i
                        + "\",\"options\":{\"diagramType\":\"dynadeploy-architecture\"}}"), true).get();
                String model = client.await("\"kind\":\"setModel\"");
                opens.add(ms(t));
                openCpu.add(cpuMs(c));
                size = model.length();
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "architecture diagram, first (cold layout): %d ms, %.1f MB JSON%n",
                            opens.get(0), size / 1048576.0);
                }
            }
            System.out.printf(Locale.ROOT, "architecture diagram, warm: %s; process CPU %s%n", stats(opens.subList(1, opens.size())),
                    stats(openCpu.subList(1, openCpu.size())));
            // a model the (warm) server has not laid out yet: every box through ELK again
            List<Long> fresh = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                context.layout("dynadeploy-architecture").clear();
                String id = "fresh" + i;
                socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + (50 + i) + ",\"method\":\"initializeClientSession\",\"params\":{"
                        + "\"clientSessionId\":\"" + id + "\",\"diagramType\":\"dynadeploy-architecture\",\"clientActionKinds\":"
                        + "[\"setModel\",\"updateModel\",\"status\",\"message\",\"setDirtyState\"]}}", true).get();
                client.await("\"id\":" + (50 + i));
                long t = System.nanoTime();
                socket.sendText(process(id, "{\"kind\":\"requestModel\",\"requestId\":\"f" + i
                        + "\",\"options\":{\"diagramType\":\"dynadeploy-architecture\"}}"), true).get();
                client.await("\"kind\":\"setModel\"", "\"clientId\":\"" + id + "\"");
                fresh.add(ms(t));
                socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + (60 + i) + ",\"method\":\"disposeClientSession\",\"params\":{"
                        + "\"clientSessionId\":\"" + id + "\"}}", true).get();
                client.await("\"id\":" + (60 + i));
            }
            System.out.printf(Locale.ROOT, "architecture diagram, warm JVM, empty layout cache (all boxes through ELK): %s%n",
                    stats(fresh));
            // one diagram open from here on (each open diagram is rebuilt after every edit)
            for (int i = 1; i <= rounds / 2; i++) {
                socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + (100 + i) + ",\"method\":\"disposeClientSession\",\"params\":{"
                        + "\"clientSessionId\":\"bench" + i + "\"}}", true).get();
                client.await("\"id\":" + (100 + i));
            }

            String session = "bench0";
            String[] names = source.read(s -> s.models().servicesByName().keySet().toArray(String[]::new));
            String from = names[names.length - 1];
            String to = names[0];
            List<Long> edits = new ArrayList<>();
            List<Long> editCpu = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                client.messages.clear();
                long t = System.nanoTime();
                long c = cpu();
                String operation = i % 2 == 0
                        ? "{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:connectsTo\",\"sourceElementId\":\"service:" + from
                                + "\",\"targetElementId\":\"service:" + to + "\",\"args\":{}}"
                        : "{\"kind\":\"deleteElement\",\"elementIds\":[\"connectsTo:" + from + "->" + to + "\"]}";
                socket.sendText(process(session, operation), true).get();
                String update = client.await("\"kind\":\"updateModel\"", "\"clientId\":\"" + session + "\"");
                edits.add(ms(t));
                editCpu.add(cpuMs(c));
                // Gson escapes '>' in the JSON text
                if (i == 0 && !update.contains("connectsTo:" + from + "-\\u003e" + to) && !update.contains("connectsTo:" + from + "->" + to)) {
                    throw new IllegalStateException("the edge " + from + " -> " + to + " did not arrive");
                }
            }
            System.out.printf(Locale.ROOT, "edit round trip (add/remove a connectsTo, %d services): first %d ms, warm %s;"
                    + " process CPU %s%n", services, edits.get(0), stats(edits.subList(1, edits.size())),
                    stats(editCpu.subList(1, editCpu.size())));

            List<Long> moves = new ArrayList<>();
            List<Long> moveCpu = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                client.messages.clear();
                long t = System.nanoTime();
                long c = cpu();
                socket.sendText(process(session, "{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"service:" + to
                        + "\",\"newPosition\":{\"x\":" + (10 + i) + ",\"y\":10},\"newSize\":{\"width\":100,\"height\":40}}]}"),
                        true).get();
                client.await("\"kind\":\"updateModel\"", "\"clientId\":\"" + session + "\"");
                moves.add(ms(t));
                moveCpu.add(cpuMs(c));
            }
            System.out.printf(Locale.ROOT, "move round trip (notation only): warm %s; process CPU %s%n",
                    stats(moves.subList(1, moves.size())), stats(moveCpu.subList(1, moveCpu.size())));
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
        } finally {
            context.close();
            source.close();
        }
    }

    private static String process(String client, String action) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + client + "\",\"action\":" + action + "}}";
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** CPU time of this whole process (server and client threads, JIT and GC included), in ns. */
    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long cpuMs(long start) {
        return (cpu() - start) / 1_000_000;
    }

    private static String stats(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %d ms, max %d ms (%d runs)", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /** Collects whole text messages. */
    static final class Client implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        String await(String... containing) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                String message = messages.poll(50, TimeUnit.MILLISECONDS);
                if (message != null && java.util.Arrays.stream(containing).allMatch(message::contains)) {
                    return message;
                }
            }
            throw new IllegalStateException("no message containing " + String.join(", ", containing));
        }
    }
}
