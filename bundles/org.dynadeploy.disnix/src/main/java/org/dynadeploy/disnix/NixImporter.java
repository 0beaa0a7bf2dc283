package org.dynadeploy.disnix;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;

/**
 * Imports Nix models by evaluating them with {@code nix-instantiate --eval --strict --xml} and
 * converting Nix's XML ({@link NixXmlModels}). Plain attribute set files (infrastructure, id
 * resources, ids, docs config) are evaluated directly; a Disnix distribution (a function
 * {@code {infrastructure}: ...}) is applied to its infrastructure first.
 */
public final class NixImporter {

    public static final String NIX_INSTANTIATE = "nix-instantiate";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    static final String NOT_INSTALLED = "nix-instantiate is not installed: install Nix (Debian: apt-get install nix-bin)"
            + " or convert the model to XML first";

    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._+/-]*");
    private static final int MAX_STDERR = 4000;

    private final Path executable;
    private final Duration timeout;

    /** Finds nix-instantiate on the PATH when it is first needed; default timeout. */
    public NixImporter() {
        this(null, DEFAULT_TIMEOUT);
    }

    /**
     * @param executable the nix-instantiate program, or null to look it up on the PATH
     * @param timeout    how long one evaluation may take
     */
    public NixImporter(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** Whether nix-instantiate is on the PATH. */
    public static boolean isNixAvailable() {
        return findOnPath() != null;
    }

    public InfrastructureModel importInfrastructure(Path file) {
        return NixXmlModels.infrastructure(evaluateFile(file), file.toString());
    }

    public IdResourcesModel importIdResources(Path file) {
        return NixXmlModels.idResources(evaluateFile(file), file.toString());
    }

    public IdsModel importIds(Path file) {
        return NixXmlModels.ids(evaluateFile(file), file.toString());
    }

    public DocsConfig importDocsConfig(Path file) {
        return NixXmlModels.docsConfig(evaluateFile(file), file.toString());
    }

    /** {@link #importDistribution(Path, Path, Map, Map, String, List)} with target property {@code hostname}. */
    public DistributionModel importDistribution(Path distribution, Path infrastructure, Map<String, Service> services,
            Map<String, Target> targets, List<String> warnings) {
        return importDistribution(distribution, infrastructure, services, targets,
                NixXmlModels.DEFAULT_TARGET_PROPERTY, warnings);
    }

    /**
     * Evaluates {@code import DIST { infrastructure = import INFRA; }} and resolves the targets among
     * {@code targets} (see {@link NixXmlModels#distribution(String, String, Map, Map, String, List)}).
     */
    public DistributionModel importDistribution(Path distribution, Path infrastructure, Map<String, Service> services,
            Map<String, Target> targets, String defaultTargetProperty, List<String> warnings) {
        String expression = "import " + pathLiteral(distribution) + " { infrastructure = import "
                + pathLiteral(infrastructure) + "; }";
        String xml = evaluate(List.of("--eval", "--strict", "--xml", "-E", expression), distribution);
        return NixXmlModels.distribution(xml, distribution.toString(), services, targets, defaultTargetProperty, warnings);
    }

    /** The Nix XML of a plain Nix file. */
    public String evaluateFile(Path file) {
        requireFile(file);
        return evaluate(List.of("--eval", "--strict", "--xml", file.toAbsolutePath().normalize().toString()), file);
    }

    /** A Nix path expression for an absolute file name (a literal when possible). */
    static String pathLiteral(Path file) {
        requireFile(file);
        String absolute = file.toAbsolutePath().normalize().toString();
        if (SAFE_PATH.matcher(absolute).matches() && !absolute.endsWith("/")) {
            return absolute;
        }
        return "(/. + " + NixSyntax.string(absolute) + ")";
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DisnixFormatException(file.toString(), "the Nix file does not exist (or is not a file)");
        }
    }

    private String evaluate(List<String> arguments, Path file) {
        Path program = executable != null ? executable : findOnPath();
        if (program == null || !Files.isExecutable(program)) {
            throw new DisnixFormatException(file.toString(), NOT_INSTALLED);
        }
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(arguments);
        Path out = null;
        Path err = null;
        Process process = null;
        try {
            out = Files.createTempFile("dynadeploy-nix", ".xml");
            err = Files.createTempFile("dynadeploy-nix", ".err");
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new DisnixFormatException(file.toString(), "nix-instantiate did not finish within "
                        + timeout.toSeconds() + " seconds; check the model for endless recursion or slow imports");
            }
            if (process.exitValue() != 0) {
                String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
                if (stderr.length() > MAX_STDERR) {
                    stderr = stderr.substring(0, MAX_STDERR) + "\n[...]";
                }
                throw new DisnixFormatException(file.toString(), "nix-instantiate could not evaluate the model (exit status "
                        + process.exitValue() + ")" + (stderr.isEmpty() ? "" : ":\n" + stderr));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DisnixFormatException(file.toString(), "could not run nix-instantiate: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (process != null) process.destroyForcibly();
            throw new DisnixFormatException(file.toString(), "interrupted while nix-instantiate was running");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static Path findOnPath() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) continue;
            try {
                Path candidate = Path.of(directory, NIX_INSTANTIATE);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            } catch (java.nio.file.InvalidPathException ignored) {
                // not a usable PATH entry
            }
        }
        return null;
    }
}
