package org.dynadeploy.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.maven.plugin.logging.Log;
import org.dynadeploy.lang.loading.Problem;

/**
 * The problems of the loaded models in the compiler form ({@code file:line:column: message},
 * file relative to the project), which IDEs and CI logs turn into links.
 */
final class ModelProblems {

    /** The build failure message quotes at most this many errors; all of them are logged. */
    private static final int QUOTED = 20;

    private final List<Problem> problems;
    private final Path base;

    ModelProblems(List<Problem> problems, Path base) {
        this.problems = List.copyOf(problems);
        this.base = base.toAbsolutePath().normalize();
    }

    String format(Problem problem) {
        return display(problem.file()) + ":" + problem.line() + ":" + problem.column() + ": " + problem.message();
    }

    /** Errors as errors, warnings as warnings. */
    void log(Log log) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                log.error(format(problem));
            } else {
                log.warn(format(problem));
            }
        }
    }

    /** "2 errors in the DynaDeploy models in src/main/dynadeploy:" and the errors, one per line. */
    String failureMessage(Path modelDirectory) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        String quoted = errors.stream().limit(QUOTED).map(this::format).collect(Collectors.joining("\n"));
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the DynaDeploy models in "
                + display(modelDirectory) + ":\n" + quoted + (errors.size() > QUOTED ? "\n..." : "");
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
