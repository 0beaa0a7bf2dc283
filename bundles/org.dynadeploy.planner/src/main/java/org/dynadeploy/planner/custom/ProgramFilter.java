package org.dynadeploy.planner.custom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.dynadeploy.disnix.DisnixFormatException;
import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.disnix.ServicesXml;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.FilterStep;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;

/**
 * A filter implemented by an external program, called the way dydisnix calls its C filters:
 * {@code PROGRAM --services S.xml --infrastructure I.xml --distribution D.xml --xml --output-xml}
 * followed by the declaration's {@code with} strings and the call's arguments as
 * {@code --kebab-name=value} (so {@code serviceProperty: mem} becomes {@code --service-property=mem},
 * dydisnix's option spelling). The program prints distribution XML on stdout. It runs only when a
 * policy declares and calls it, in a private temporary directory that is removed afterwards.
 */
public final class ProgramFilter implements FilterStep {

    private final CustomFilter declaration;

    public ProgramFilter(CustomFilter declaration) {
        this.declaration = declaration;
    }

    @Override
    public String name() {
        return declaration.getName();
    }

    /** Any argument is passed on; the program judges them. */
    @Override
    public void checkParameters(Parameters parameters) {
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dynadeploy-filter-");
            List<String> command = command(context, input, parameters, directory);
            ProgramRunner.Outcome outcome = ProgramRunner.run(command, context.programTimeout());
            if (outcome.exitCode() != 0) {
                throw failure("exited with status " + outcome.exitCode() + tail(outcome.stderr()));
            }
            return read(context, outcome.stdout());
        } catch (ProgramRunner.TimedOut e) {
            throw failure("did not finish within " + seconds(context.programTimeout()) + " and was stopped"
                    + tail(e.stderr));
        } catch (IOException e) {
            throw failure("could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted");
        } finally {
            delete(directory);
        }
    }

    private List<String> command(PlanningContext context, CandidateDistribution input, Parameters parameters,
            Path directory) throws IOException {
        Path services = write(directory.resolve("services.xml"),
                () -> new ServicesXml(context.idsProperty()).write(ModelMerging.services(context.models())));
        Path infrastructure = write(directory.resolve("infrastructure.xml"),
                () -> InfrastructureXml.write(ModelMerging.infrastructure(context.models())));
        Path distribution = write(directory.resolve("distribution.xml"), () -> DistributionXml.write(input.toModel()));
        List<String> command = new ArrayList<>(List.of(declaration.getImplementation(),
                "--services", services.toString(), "--infrastructure", infrastructure.toString(),
                "--distribution", distribution.toString(), "--xml", "--output-xml"));
        command.addAll(declaration.getArguments());
        for (Map.Entry<String, Object> argument : parameters.asMap().entrySet()) {
            command.add("--" + kebab(argument.getKey()) + "=" + argument.getValue());
        }
        return command;
    }

    private Path write(Path file, Supplier<String> content) throws IOException {
        String text;
        try {
            text = content.get();
        } catch (DisnixFormatException e) {
            throw failure("cannot be given its input: " + e.getMessage());
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CandidateDistribution read(PlanningContext context, String stdout) {
        List<String> warnings = new ArrayList<>();
        DistributionModel model;
        try {
            model = DistributionXml.read(stdout, "output of " + declaration.getImplementation(),
                    context.models().servicesByName(), context.models().targetsByName(), warnings);
        } catch (DisnixFormatException e) {
            throw failure("printed no valid distribution XML: " + e.getMessage());
        }
        if (!warnings.isEmpty()) {
            throw failure("printed services that are not in the services model: " + String.join("; ", warnings));
        }
        return CandidateDistribution.fromModel(model, context.universe());
    }

    /** serviceProperty → service-property. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String seconds(java.time.Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String tail(String stderr) {
        String text = stderr.strip();
        if (text.isEmpty()) return " (no error output)";
        if (text.length() > 2000) text = "…" + text.substring(text.length() - 2000);
        return "; its error output:\n" + text;
    }

    private PlanningException failure(String what) {
        return new PlanningException("filter '" + declaration.getName() + "': program '"
                + declaration.getImplementation() + "' " + what);
    }

    private static void delete(Path directory) {
        if (directory == null) return;
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temporary directory is not worth failing the plan for.
        }
    }
}
