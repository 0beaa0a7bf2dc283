package org.dynadeploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.examples.scale.ScaleModelGenerator;
import org.dynadeploy.examples.scale.ScaleModelGenerator.Options;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy train-cache}: the workload the launcher records the JVM's class cache from.
 *
 * <p>Most of a command's start-up is loading, verifying and linking the classes of picocli,
 * EMF, Xtext, the planner and so on. Java 25 can keep them, loaded and linked, in an AOT cache
 * file that later JVMs map instead. The launcher runs this command with
 * {@code -XX:AOTCacheOutput}: it runs the everyday commands on a small built-in example (the
 * StaffTracker models), in this one JVM, so that the cache holds what they need.
 */
@Command(name = "train-cache", sortOptions = false,
        description = {"Records the class cache the launcher starts Java from (lib/dynadeploy.aot, Java 25 or newer):"
                + " every later command starts about half a second sooner.",
                "It runs validate, xml, gendist, filter, divide, id-assign, import and docs on a built-in example, and"
                        + " the planning commands on a generated workspace of --services services. The build does it;"
                        + " run it again after changing the Java installation the launcher uses (the cache belongs"
                        + " to one Java build; with another, commands start without it)."},
        footer = {"", "Examples:", "  dynadeploy train-cache", "  dynadeploy train-cache --services 5000",
                "", "Exit status: 0 done, 1 a training command failed (its messages are printed)."})
final class TrainCacheCommand implements Callable<Integer> {

    /** The StaffTracker example, copied into the jar at build time (examples/stafftracker). */
    private static final String EXAMPLE = "/org/dynadeploy/cli/training/";
    private static final List<String> EXAMPLE_FILES =
            List.of("stafftracker.services", "network.infra", "policy.qos", "pools.idres");

    @Spec
    CommandSpec spec;

    @Option(names = "--services", paramLabel = "N", description = "Services of the generated planning workload"
            + " (default ${DEFAULT-VALUE}; 0 leaves it out). The JVM also records which methods the workload runs"
            + " most, and compiles them early in later runs: a workload of realistic size starts large plans sooner.")
    int services = 2000;

    @Override
    public Integer call() throws IOException {
        if (services < 0) throw new ParameterException(spec.commandLine(), "--services must not be negative");
        Path work = Files.createTempDirectory("dynadeploy-train-cache");
        // The runs keep their policies in the temporary folder, not in the user's cache.
        String userCache = System.setProperty(PolicyCache.FOLDER_PROPERTY, work.resolve("cache").toString());
        try {
            Path model = extractExample(Files.createDirectory(work.resolve("model")));
            List<List<String>> workload = new ArrayList<>(workload(model, Files.createDirectory(work.resolve("out"))));
            if (services > 0) {
                Path scale = work.resolve("scale");
                new ScaleModelGenerator(new Options(services, Math.max(1, services / 10), 42, Math.min(4, services), 0, scale)).generate();
                workload.addAll(planning(scale, Files.createDirectory(work.resolve("scale-out"))));
            }
            for (List<String> args : workload) {
                run(args);
            }
            spec.commandLine().getErr().println("train-cache: ran " + workload.size() + " commands");
            return 0;
        } finally {
            if (userCache == null) System.clearProperty(PolicyCache.FOLDER_PROPERTY);
            else System.setProperty(PolicyCache.FOLDER_PROPERTY, userCache);
            Directories.deleteTree(work);
        }
    }

    /** The planning commands on a generated workspace, from our languages and from Disnix XML. */
    private static List<List<String>> planning(Path model, Path out) throws IOException {
        String m = model.toString();
        String pipeline = Files.writeString(out.resolve("pipeline.qos"), PIPELINE).toString();
        String servicesXml = out.resolve("services.xml").toString();
        String infrastructureXml = out.resolve("infrastructure.xml").toString();
        return List.of(
                List.of("xml", "-s", m, "-o", servicesXml),
                List.of("xml", "-i", m, "-o", infrastructureXml),
                List.of("gendist", "-s", m, "-i", m, "-q", pipeline, "-o", out.resolve("lang.dist").toString()),
                List.of("gendist", "--xml", "-s", servicesXml, "-i", infrastructureXml, "-q", pipeline,
                        "-o", out.resolve("xml.dist").toString()),
                // again: now the policy comes from the policy cache
                List.of("gendist", "--xml", "-s", servicesXml, "-i", infrastructureXml, "-q", pipeline,
                        "-o", out.resolve("xml-again.dist").toString()));
    }

    /** A policy with the steps of the example's and others every policy uses (order). */
    private static final String PIPELINE = """
            policy pipeline {
                let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: supportedTypes)
                let ordered = order(typed, targetProperty: cost)
                result divide(ordered, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)
            }
            """;

    /** The commands users run most, on both input forms (our languages and Disnix XML). */
    private static List<List<String>> workload(Path model, Path out) throws IOException {
        String m = model.toString();
        String policy = model.resolve("policy.qos").toString();
        String pipeline = Files.writeString(out.resolve("pipeline.qos"), PIPELINE).toString();
        String servicesXml = out.resolve("services.xml").toString();
        String infrastructureXml = out.resolve("infrastructure.xml").toString();
        String dist = out.resolve("deploy.dist").toString();
        String ids = out.resolve("ids.ids").toString();
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("validate", m));
        commands.add(List.of("xml", "-s", m, "-o", servicesXml));
        commands.add(List.of("xml", "-i", m, "-o", infrastructureXml));
        commands.add(List.of("gendist", "-s", m, "-i", m, "-q", m, "-o", dist));
        commands.add(List.of("gendist", "--xml", "-s", servicesXml, "-i", infrastructureXml, "-q", policy,
                "-o", out.resolve("xml.dist").toString()));
        commands.add(List.of("gendist", "--xml", "-s", servicesXml, "-i", infrastructureXml, "-q", pipeline,
                "-o", out.resolve("pipeline.dist").toString()));
        commands.add(List.of("gendist", "-s", m, "-i", m, "-q", pipeline, "-o", out.resolve("pipeline2.dist").toString()));
        commands.add(List.of("gendist", "--xml", "-s", servicesXml, "-i", infrastructureXml, "-q", policy,
                "--output-xml", "-o", out.resolve("distribution.xml").toString()));
        commands.add(List.of("filter", "order", "--xml", "-s", servicesXml, "-i", infrastructureXml,
                "-d", out.resolve("distribution.xml").toString(), "--param", "targetProperty=cost", "--output-xml"));
        commands.add(List.of("gendist", "-s", m, "-i", m, "-q", m, "--explain-format", "json",
                "-o", out.resolve("explained.dist").toString()));
        commands.add(List.of("divide", "--xml", "-s", servicesXml, "-i", infrastructureXml,
                "-d", out.resolve("distribution.xml").toString(), "--strategy", "greedy",
                "--service-property", "requireMem", "--target-property", "mem", "--output-xml"));
        commands.add(List.of("id-assign", "-s", m, "-i", m, "-d", dist, "--id-resources", m, "--output-file", ids));
        commands.add(List.of("import", infrastructureXml, "-o", out.resolve("imported.infra").toString()));
        commands.add(List.of("docs", "-s", m, "-d", dist, "--ids", ids, "--output-dir", out.resolve("docs").toString()));
        return commands;
    }

    /** Runs one command in this JVM; its output is dropped unless it fails. */
    private void run(List<String> args) {
        StringWriter messages = new StringWriter();
        PrintWriter sink = new PrintWriter(messages);
        int status = DynaDeployCli.commandLine(sink, sink).execute(args.toArray(String[]::new));
        if (status != 0) {
            sink.flush();
            throw new UserException("train-cache: `dynadeploy " + String.join(" ", args) + "` failed (exit status "
                    + status + "):\n" + messages.toString().strip());
        }
    }

    private static Path extractExample(Path dir) throws IOException {
        for (String name : EXAMPLE_FILES) {
            try (InputStream in = TrainCacheCommand.class.getResourceAsStream(EXAMPLE + name)) {
                if (in == null) throw new IllegalStateException("the training example is missing from the jar: " + name);
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
