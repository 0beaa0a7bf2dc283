package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynadeploy validate}: parse, link and check model files; problems go to stderr. */
@Command(name = "validate", sortOptions = false,
        description = {"Checks model files and prints their problems.",
                "Folders stand for every model file below them. Each problem is printed as"
                        + " file:line:column: severity: message on stderr, followed by a one-line summary."
                        + " Warnings do not fail the check unless --strict is given."},
        footer = {"", "Examples:",
                "  dynadeploy validate model/",
                "  dynadeploy validate --strict app.services infra.infra",
                "", "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 wrong usage."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Model files or folders.")
    List<Path> paths;

    @Option(names = "--strict", description = "Fail (exit status 1) on warnings too.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = new ModelInputs().load(paths);
        List<Problem> problems = result.problems();
        new ProblemReporter(err).print(problems);
        long files = result.resourceSet().getResources().size() + problems.stream()
                .filter(p -> p.code() != null && p.code().startsWith("file.") && !"file.empty".equals(p.code()))
                .count();
        boolean failed = result.hasErrors()
                || (strict && problems.stream().anyMatch(p -> p.severity() == Problem.Severity.WARNING));
        err.println("validate: " + ProblemReporter.plural(files, "file") + " checked, "
                + ProblemReporter.counts(problems) + (failed ? "" : " - ok"));
        err.flush();
        return failed ? ErrorHandler.USER_ERROR : 0;
    }
}
