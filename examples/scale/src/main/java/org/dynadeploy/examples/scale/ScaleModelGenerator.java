package org.dynadeploy.examples.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a large, realistic DynaDeploy workspace: N services spread over F services files (in
 * groups nested up to three levels), M targets, a QoS policy and id pools. Everything derives
 * from one seed through {@link Random}, whose sequence is fixed by the Java specification, so the
 * same arguments give byte-identical files on every JDK. The files are written the way the
 * DynaDeploy formatter prints them.
 *
 * <p>Dependencies only point to earlier services, so the dependsOn graph is acyclic. With
 * {@code --errors E}, E services get one extra dependency on a service that does not exist,
 * which gives exactly E unresolved references when the workspace is loaded.
 */
public final class ScaleModelGenerator {

    /** What to generate. */
    public record Options(int services, int targets, long seed, int files, int errors, Path out) {

        public Options {
            if (services < 1 || targets < 1 || files < 1) {
                throw new IllegalArgumentException("--services, --targets and --files must be at least 1");
            }
            if (files > services) {
                throw new IllegalArgumentException(
                        "--files must not exceed --services (a services file needs a service)");
            }
            if (errors < 0 || errors > services) {
                throw new IllegalArgumentException("--errors must be between 0 and the number of services");
            }
        }
    }

    /** A service type, how often it occurs, and what a service of it looks like. */
    private enum Kind {
        MYSQL("mysql-database", "db", 12, true, List.of(), "mysqlPort = 3306"),
        POSTGRESQL("postgresql-database", "pg", 8, true, List.of(), "postgresqlPort = 5432"),
        TOMCAT("tomcat-webapplication", "api", 30, false, List.of("ports"), "tomcatPort = 8080"),
        APACHE("apache-webapplication", "web", 15, false, List.of("ports"), "documentRoot = \"/var/www\""),
        PROCESS("process", "worker", 35, false, List.of("ports", "uids", "gids"), null);

        final String type;
        final String prefix;
        final int weight;
        final boolean stateful;
        final List<String> ids;
        final String containerProperty;

        Kind(String type, String prefix, int weight, boolean stateful, List<String> ids, String containerProperty) {
            this.type = type;
            this.prefix = prefix;
            this.weight = weight;
            this.stateful = stateful;
            this.ids = ids;
            this.containerProperty = containerProperty;
        }
    }

    private static final Kind[] KINDS = Kind.values();
    private static final int[] MEMORY = {32768, 65536, 131072, 262144};
    private static final String[] ZONES = {"US", "Europe", "Asia"};
    /** How far back a dependency may reach, so dependencies stay mostly local like real systems. */
    private static final int DEPENDENCY_WINDOW = 500;

    private record ServiceSpec(String name, Kind kind, int requireMem, List<String> dependsOn,
            List<String> connectsTo, String description, Integer priority) {
    }

    private final Options options;
    private final Random random;
    private final String nameFormat;

    public ScaleModelGenerator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.nameFormat = "%s-%0" + digits(options.services() - 1) + "d";
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("scale-model-generator: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(usage());
            return;
        }
        try {
            List<Path> written = new ScaleModelGenerator(options).generate();
            System.out.printf("wrote %s in %s, %s, a policy and id pools (%d files in all) to %s%n",
                    count(options.services(), "service"), count(options.files(), "services file"),
                    count(options.targets(), "target"), written.size(), options.out());
            if (options.errors() > 0) {
                System.out.printf("injected %d unresolved dependsOn references%n", options.errors());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            System.err.println("scale-model-generator: " + e.getMessage());
            System.exit(1);
        }
    }

    static String usage() {
        return """
                usage: ScaleModelGenerator --services N --targets M --seed S --files F --out DIR [--errors E]
                  --services N  number of services (spread over groups up to 3 levels deep)
                  --targets M   number of target machines
                  --seed S      random seed: the same arguments give byte-identical files
                  --files F     number of services files the services are split over
                  --out DIR     folder to write to (created; must not hold other model files)
                  --errors E    add E dependencies on missing services (E unresolved references; default 0)""";
    }

    /** Parses the command line; null means help was asked for. */
    static Options parse(String[] args) {
        Integer services = null;
        Integer targets = null;
        Long seed = null;
        Integer files = null;
        Path out = null;
        int errors = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--services" -> services = parseInt(option, value);
                case "--targets" -> targets = parseInt(option, value);
                case "--seed" -> seed = parseLong(option, value);
                case "--files" -> files = parseInt(option, value);
                case "--errors" -> errors = parseInt(option, value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (services == null || targets == null || seed == null || files == null || out == null) {
            throw new IllegalArgumentException("--services, --targets, --seed, --files and --out are required");
        }
        return new Options(services, targets, seed, files, errors, out);
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    private static long parseLong(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    /** Writes the workspace and returns the files written, in the order written. */
    public List<Path> generate() throws IOException {
        List<ServiceSpec> services = services();
        List<String> fileNames = new ArrayList<>();
        int fileDigits = digits(options.files());
        for (int f = 1; f <= options.files(); f++) {
            fileNames.add(String.format(Locale.ROOT, "services-%0" + fileDigits + "d.services", f));
        }
        fileNames.addAll(List.of("infrastructure.infra", "policy.qos", "pools.idres"));
        checkOutputFolder(fileNames);

        List<Path> written = new ArrayList<>();
        int perFile = services.size() / options.files();
        int extra = services.size() % options.files();
        int start = 0;
        for (int f = 0; f < options.files(); f++) {
            int count = perFile + (f < extra ? 1 : 0);
            String text = servicesFile(f + 1, services.subList(start, start + count));
            written.add(write(fileNames.get(f), text));
            start += count;
        }
        written.add(write("infrastructure.infra", infrastructureFile(services)));
        written.add(write("policy.qos", POLICY));
        written.add(write("pools.idres", poolsFile(services)));
        return written;
    }

    private void checkOutputFolder(List<String> fileNames) throws IOException {
        Path out = options.out();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalStateException(out + " exists and is not a folder");
        }
        if (Files.isDirectory(out)) {
            Set<String> ours = Set.copyOf(fileNames);
            try (Stream<Path> entries = Files.list(out)) {
                List<String> others = entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches(".*\\.(services|infra|qos|idres|dist|ids)") && !ours.contains(n))
                        .sorted().toList();
                if (!others.isEmpty()) {
                    throw new IllegalStateException(out + " holds other model files (" + String.join(", ", others)
                            + "); they would be loaded with the workspace: use an empty folder");
                }
            }
        }
        Files.createDirectories(out);
    }

    private Path write(String name, String text) throws IOException {
        Path file = options.out().resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // ---------------------------------------------------------------------------------------
    // The services, decided up front in index order so that files and groups only lay them out.

    private List<ServiceSpec> services() {
        int n = options.services();
        List<String> names = new ArrayList<>(n);
        List<Kind> kinds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Kind kind = pickKind();
            kinds.add(kind);
            names.add(String.format(Locale.ROOT, nameFormat, kind.prefix, i));
        }
        Set<Integer> broken = brokenServices();
        List<ServiceSpec> result = new ArrayList<>(n);
        int missing = 0;
        for (int i = 0; i < n; i++) {
            Kind kind = kinds.get(i);
            // Databases depend on nothing; the others use a few earlier services.
            Set<String> dependsOn = new LinkedHashSet<>();
            if (!kind.stateful && i > 0) {
                int count = pickDependencyCount();
                for (int k = 0; k < count; k++) {
                    dependsOn.add(names.get(earlier(i)));
                }
            }
            List<String> connectsTo = new ArrayList<>();
            if (i > 0 && random.nextInt(10) == 0) {
                String peer = names.get(earlier(i));
                if (!dependsOn.contains(peer)) {
                    connectsTo.add(peer);
                }
            }
            if (broken.contains(i)) {
                dependsOn.add("missing-" + (++missing));
            }
            int requireMem = kind.stateful ? MEMORY[1 + random.nextInt(2)] : MEMORY[random.nextInt(MEMORY.length)];
            String description = "Generated " + kind.type + " number " + i;
            Integer priority = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : null;
            result.add(new ServiceSpec(names.get(i), kind, requireMem, List.copyOf(dependsOn), connectsTo,
                    description, priority));
        }
        return result;
    }

    /** The services that get a dependency on a missing service, spread evenly. */
    private Set<Integer> brokenServices() {
        Set<Integer> broken = new LinkedHashSet<>();
        for (int e = 0; e < options.errors(); e++) {
            broken.add((int) ((long) e * options.services() / options.errors()));
        }
        return broken;
    }

    private Kind pickKind() {
        int total = 0;
        for (Kind kind : KINDS) {
            total += kind.weight;
        }
        int r = random.nextInt(total);
        for (Kind kind : KINDS) {
            r -= kind.weight;
            if (r < 0) {
                return kind;
            }
        }
        throw new AssertionError();
    }

    private int pickDependencyCount() {
        int r = random.nextInt(100);
        return r < 15 ? 0 : r < 50 ? 1 : r < 80 ? 2 : 3;
    }

    private int earlier(int i) {
        int from = Math.max(0, i - DEPENDENCY_WINDOW);
        return from + random.nextInt(i - from);
    }

    // ---------------------------------------------------------------------------------------
    // Services files: a few services at the root, the rest in groups nested up to three deep.

    private String servicesFile(int fileNumber, List<ServiceSpec> services) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated by ScaleModelGenerator (seed ").append(options.seed()).append("): services file ")
                .append(fileNumber).append(" of ").append(options.files()).append(".\n");
        int root = Math.min(services.size(), random.nextInt(4));
        boolean first = true;
        for (ServiceSpec service : services.subList(0, root)) {
            if (!first) {
                out.append('\n');
            }
            service(out, service, 0);
            first = false;
        }
        List<List<ServiceSpec>> groups = split(services.subList(root, services.size()), 20, 80);
        for (int g = 0; g < groups.size(); g++) {
            if (!first) {
                out.append('\n');
            }
            group(out, "g" + fileNumber + "-" + (g + 1), groups.get(g), 1);
            first = false;
        }
        return out.toString();
    }

    /** A group at depth 1..3: its own services first, then its sub-groups. */
    private void group(StringBuilder out, String name, List<ServiceSpec> services, int depth) {
        String indent = "    ".repeat(depth - 1);
        out.append(indent).append("group ").append(name).append(" \"Group ").append(name.substring(1)).append("\" {\n");
        boolean first = true;
        if (random.nextInt(3) == 0) {
            out.append(indent).append("    description \"Generated group at depth ").append(depth).append("\"\n");
            first = false;
        }
        // Depth 1 keeps 30 % of its services and depth 2 half; depth 3 has no sub-groups.
        double ownShare = depth == 1 ? 0.3 : depth == 2 ? 0.5 : 1.0;
        int own = Math.min(services.size(), Math.max(1, (int) Math.ceil(services.size() * ownShare)));
        for (ServiceSpec service : services.subList(0, own)) {
            if (!first) {
                out.append('\n');
            }
            service(out, service, depth);
            first = false;
        }
        List<List<ServiceSpec>> subgroups = split(services.subList(own, services.size()),
                depth == 1 ? 5 : 2, depth == 1 ? 20 : 6);
        for (int g = 0; g < subgroups.size(); g++) {
            if (!first) {
                out.append('\n');
            }
            group(out, name + "-" + (g + 1), subgroups.get(g), depth + 1);
            first = false;
        }
        out.append(indent).append("}\n");
    }

    /** Splits a list into consecutive chunks of a random size between min and max. */
    private List<List<ServiceSpec>> split(List<ServiceSpec> services, int min, int max) {
        List<List<ServiceSpec>> chunks = new ArrayList<>();
        int start = 0;
        while (start < services.size()) {
            int size = Math.min(services.size() - start, min + random.nextInt(max - min + 1));
            chunks.add(services.subList(start, start + size));
            start += size;
        }
        return chunks;
    }

    private static void service(StringBuilder out, ServiceSpec service, int depth) {
        String indent = "    ".repeat(depth);
        String inner = indent + "    ";
        out.append(indent).append("service ").append(service.name()).append(": ").append(service.kind().type)
                .append(" {\n");
        out.append(inner).append("description \"").append(service.description()).append("\"\n");
        if (service.kind().stateful) {
            out.append(inner).append("stateful\n");
        }
        if (!service.dependsOn().isEmpty()) {
            out.append(inner).append("dependsOn ").append(String.join(", ", service.dependsOn())).append('\n');
        }
        if (!service.connectsTo().isEmpty()) {
            out.append(inner).append("connectsTo ").append(String.join(", ", service.connectsTo())).append('\n');
        }
        if (!service.kind().ids.isEmpty()) {
            out.append(inner).append("ids ").append(String.join(", ", service.kind().ids)).append('\n');
        }
        out.append(inner).append("requireMem = ").append(service.requireMem()).append('\n');
        if (service.priority() != null) {
            out.append(inner).append("priority = ").append(service.priority()).append('\n');
        }
        out.append(indent).append("}\n");
    }

    // ---------------------------------------------------------------------------------------
    // Infrastructure: every type is supported by many targets, and there is about twice the
    // memory the services need, so the policy's greedy division has room.

    private String infrastructureFile(List<ServiceSpec> services) {
        int m = options.targets();
        long demand = services.stream().mapToLong(ServiceSpec::requireMem).sum();
        long average = Math.max(262144, 2 * demand / m);
        String targetFormat = "target-%0" + digits(m) + "d";
        StringBuilder out = new StringBuilder();
        out.append("// Generated by ScaleModelGenerator (seed ").append(options.seed()).append("): ")
                .append(count(m, "target")).append(".\n");
        for (int t = 1; t <= m; t++) {
            String name = String.format(Locale.ROOT, targetFormat, t);
            List<Kind> supported = new ArrayList<>();
            for (int k = 0; k < KINDS.length; k++) {
                boolean likely = random.nextInt(10) < 6;
                if (likely || m < KINDS.length || t % KINDS.length == k) {
                    supported.add(KINDS[k]);
                }
            }
            long mem = (average / 2 + (long) (random.nextDouble() * average)) / 1024 * 1024;
            if (t > 1) {
                out.append('\n');
            }
            out.append("target ").append(name).append(" {\n");
            out.append("    system \"x86_64-linux\"\n");
            out.append("    cores ").append(1 << random.nextInt(4)).append('\n');
            out.append("    hostname = \"").append(name).append(".example.org\"\n");
            out.append("    mem = ").append(mem).append('\n');
            out.append("    supportedTypes = [");
            for (int k = 0; k < supported.size(); k++) {
                out.append(k > 0 ? ", " : "").append('"').append(supported.get(k).type).append('"');
            }
            out.append("]\n");
            out.append("    zone = \"").append(ZONES[random.nextInt(ZONES.length)]).append("\"\n");
            out.append("    cost = ").append(50 * (1 + random.nextInt(6))).append('\n');
            for (Kind kind : supported) {
                out.append("    container ").append(kind.type);
                if (kind.containerProperty == null) {
                    out.append('\n');
                } else {
                    out.append(" {\n        ").append(kind.containerProperty).append("\n    }\n");
                }
            }
            out.append("}\n");
        }
        out.append("""

                augment mysqlCredentials targets with container mysql-database {
                    container mysql-database {
                        mysqlUsername = "root"
                        mysqlPassword = env("MYSQL_PASSWORD")
                    }
                }
                """);
        return out.toString();
    }

    private static final String POLICY = """
            // Generated by ScaleModelGenerator: candidate selection by type, stateful services kept
            // where they were, greedy division by memory.
            policy scale {
                let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: supportedTypes)
                let kept = mapStatefulToPrevious(typed)
                result divide(kept, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)
            }
            """;

    /** Pools with room for every service; ports are per machine when a global pool cannot fit. */
    private String poolsFile(List<ServiceSpec> services) {
        long needPorts = services.stream().filter(s -> s.kind().ids.contains("ports")).count();
        long portsMax = 10000 + 2 * needPorts;
        String ports = portsMax <= 65535
                ? "pool ports 10000.." + Math.max(10000, portsMax - 1) + " scope global\n"
                : "pool ports 10000..65535 scope machine\n";
        int n = options.services();
        return "// Generated by ScaleModelGenerator: id pools with room for every service.\n"
                + ports
                + "pool uids 100000.." + (100000 + 2 * n - 1) + " scope global\n"
                + "pool gids 100000.." + (100000 + 2 * n - 1) + " scope global\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int digits(int value) {
        return Math.max(1, String.valueOf(Math.max(0, value)).length());
    }
}
