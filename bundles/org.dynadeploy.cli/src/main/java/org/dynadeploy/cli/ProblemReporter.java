package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.util.List;

import org.dynadeploy.lang.loading.Problem;

/** Prints model problems in the compiler form, with paths relative to the current directory. */
final class ProblemReporter {

    private final PrintWriter err;

    ProblemReporter(PrintWriter err) {
        this.err = err;
    }

    /** {@code file:line:column: severity: message}, like {@link Problem#format()} but with a display path. */
    static String format(Problem problem) {
        return DisplayPaths.of(problem.file()) + ":" + problem.line() + ":" + problem.column() + ": "
                + problem.severity().label() + ": " + problem.message();
    }

    void print(List<Problem> problems) {
        for (Problem problem : problems) {
            err.println(format(problem));
        }
        err.flush();
    }

    /** "1 error, 2 warnings" (only the non-zero counts; "no problems" when there are none). */
    static String counts(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        StringBuilder text = new StringBuilder();
        if (errors > 0) {
            text.append(plural(errors, "error"));
        }
        if (warnings > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(plural(warnings, "warning"));
        }
        return text.toString();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
