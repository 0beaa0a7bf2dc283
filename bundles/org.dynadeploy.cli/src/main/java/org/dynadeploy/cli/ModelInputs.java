package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.lang.loading.Problem.Severity;
import org.dynadeploy.lang.validation.IssueCodes;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Loads the model files and folders a command was given, with the checks every command wants on
 * top of {@link ModelLoader}: an empty file is an error, and so is finding no model file at all.
 */
final class ModelInputs {

    private final ModelLoader loader = new ModelLoader();

    /** Loads, links and validates; problems are returned, not printed. */
    LoadResult load(Collection<Path> paths) {
        LoadResult result;
        try {
            result = loader.load(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.problems().isEmpty() && result.resourceSet().getResources().isEmpty()) {
            throw new UserException("no model files found in " + paths.stream().map(DisplayPaths::of)
                    .collect(Collectors.joining(", ")) + " (model files end in ."
                    + String.join(", .", DynaDeployLanguages.EXTENSIONS.stream().sorted().toList()) + ")");
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        for (Resource resource : result.resourceSet().getResources()) {
            Problem empty = emptyFileProblem(resource);
            if (empty != null) {
                // It replaces the languages' "empty model" warning, which says less about this case.
                problems.removeIf(p -> IssueCodes.EMPTY_MODEL.equals(p.code()) && sameFile(p.file(), empty.file()));
                problems.add(empty);
            }
        }
        return new LoadResult(result.models(), problems, result.resourceSet());
    }

    /**
     * Loads the models and stops with exit status 1 if any has an error; all problems (warnings
     * too) are printed first.
     */
    LoadResult loadValid(Collection<Path> paths, PrintWriter err) {
        return requireValid(load(paths), err, null);
    }

    /**
     * Prints the problems of loaded models and stops with exit status 1 if any is an error.
     *
     * @param hint printed after the problems when there are errors (what probably went wrong), or null
     */
    static LoadResult requireValid(LoadResult result, PrintWriter err, String hint) {
        new ProblemReporter(err).print(result.problems());
        if (result.hasErrors()) {
            if (hint != null) {
                err.println("hint: " + hint);
            }
            throw new ModelErrorsException(ProblemReporter.counts(result.problems())
                    + " in the input models; nothing was written");
        }
        return result;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * A file with nothing but white space lost its content (a truncated copy, a wrong redirect):
     * an error. A file with only comments was written that way on purpose; the languages warn.
     */
    private static Problem emptyFileProblem(Resource resource) {
        if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
                || !resource.getErrors().isEmpty() || !resource.getURI().isFile()) {
            return null;
        }
        if (!xtext.getParseResult().getRootNode().getText().isBlank()) {
            return null;
        }
        return new Problem(Path.of(resource.getURI().toFileString()), 1, 1, Severity.ERROR,
                "the file is empty; a ." + resource.getURI().fileExtension()
                        + " file must declare something (or delete the file if it is not needed)",
                "file.empty");
    }
}
