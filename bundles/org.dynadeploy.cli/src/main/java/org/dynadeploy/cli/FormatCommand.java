package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dynadeploy format}: rewrites model files in the standard layout, in place and
 * atomically. Files with syntax errors are left alone: their structure is unknown.
 */
@Command(name = "format", sortOptions = false,
        description = {"Formats model files in place, keeping comments.",
                "Folders stand for every model file below them. Files are replaced atomically. A file with"
                        + " syntax errors is not touched; its errors are printed instead."},
        footer = {"", "Examples:",
                "  dynadeploy format model/",
                "  dynadeploy format --check model/     (lists unformatted files; exit 1 if any)",
                "  dynadeploy format --stdout app.services",
                "", "Exit status: 0 done, 1 files refused because of errors (with --check: files not"
                        + " formatted), 2 wrong usage."})
final class FormatCommand implements Callable<Integer> {

    private static final String SYNTAX = Diagnostic.SYNTAX_DIAGNOSTIC;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Model files or folders.")
    List<Path> paths;

    @Option(names = "--check", description = "Change nothing; list the files that are not formatted on stdout"
            + " and exit with status 1 if there are any.")
    boolean check;

    @Option(names = "--stdout", description = "Print the formatted text on stdout instead of changing the files.")
    boolean toStdout;

    @Override
    public Integer call() throws IOException {
        if (check && toStdout) {
            throw new ParameterException(spec.commandLine(), "--check and --stdout cannot be used together");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelLoader loader = new ModelLoader();
        List<Path> files = loader.expand(paths);
        if (files.isEmpty()) {
            throw new UserException("no model files found in " + String.join(", ", paths.stream().map(DisplayPaths::of).toList()));
        }
        LoadResult result = loader.load(files);
        ProblemReporter reporter = new ProblemReporter(err);
        int refused = 0;
        int changed = 0;
        for (Path file : files) {
            List<Problem> refusals = problemsOf(result, file).stream()
                    .filter(p -> p.isError() && p.code() != null && (p.code().startsWith("file.") || SYNTAX.equals(p.code())))
                    .toList();
            if (!refusals.isEmpty()) {
                reporter.print(refusals);
                err.println(DisplayPaths.of(file) + ": not formatted (fix the errors above first)");
                refused++;
                continue;
            }
            XtextResource resource = (XtextResource) result.resourceSet()
                    .getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
            String original = resource.getParseResult().getRootNode().getText();
            String formatted = TextFormatter.format(resource);
            if (resource.getParser().parse(new StringReader(formatted)).hasSyntaxErrors()) {
                throw new IllegalStateException("formatting " + DisplayPaths.of(file) + " would break its syntax");
            }
            if (toStdout) {
                out.print(formatted);
            } else if (!formatted.equals(original)) {
                changed++;
                if (check) {
                    out.println(DisplayPaths.of(file));
                } else {
                    write(file, formatted);
                }
            }
        }
        out.flush();
        err.println(summary(files.size(), changed, refused));
        err.flush();
        return refused > 0 || (check && changed > 0) ? ErrorHandler.USER_ERROR : 0;
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String summary(int files, int changed, int refused) {
        String refusedText = refused == 0 ? "" : ", " + refused + " not formatted because of errors";
        if (toStdout) {
            return "format: " + ProblemReporter.plural(files, "file") + " printed" + refusedText;
        }
        String verb = check ? " would be reformatted" : " reformatted";
        return "format: " + ProblemReporter.plural(files, "file") + ", " + changed + verb + refusedText;
    }

    private static List<Problem> problemsOf(LoadResult result, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return result.problems().stream().filter(p -> p.file().toAbsolutePath().normalize().equals(absolute)).toList();
    }
}
