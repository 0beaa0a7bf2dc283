package org.dynadeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.dynadeploy.disnix.DisnixFormatException;
import org.dynadeploy.planner.PlanningException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message on stderr and exit status 1. Errors in the input
 * are expected and reported plainly; anything else is a bug in DynaDeploy, reported as such.
 * {@code --debug} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(message(exception));
        if (debugRequested(parseResult)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    static String message(Throwable exception) {
        if (exception instanceof DisnixFormatException disnix) {
            return disnixMessage(disnix);
        }
        // The planner's messages are complete and start with dydisnix's wording where it has one.
        if (exception instanceof UserException || exception instanceof PlanningException) {
            return "dynadeploy: error: " + exception.getMessage();
        }
        if (exception instanceof UncheckedIOException unchecked) {
            return "dynadeploy: error: " + IoMessages.describe(unchecked.getCause());
        }
        if (exception instanceof IOException io) {
            return "dynadeploy: error: " + IoMessages.describe(io);
        }
        return "dynadeploy: internal error (" + exception.getClass().getSimpleName() + "): " + exception.getMessage()
                + "\ndynadeploy: this is a bug in DynaDeploy; please report it with the output of --debug";
    }

    /** The compiler form ({@code file:line:column: error: ...}) when the exception knows where. */
    private static String disnixMessage(DisnixFormatException exception) {
        if (exception.getFile() == null) {
            return "dynadeploy: error: " + exception.getDetail();
        }
        StringBuilder where = new StringBuilder(DisplayPaths.of(exception.getFile()));
        if (exception.getLine() > 0) {
            where.append(':').append(exception.getLine());
            if (exception.getColumn() > 0) {
                where.append(':').append(exception.getColumn());
            }
        }
        return where + ": error: " + exception.getDetail();
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null;
                current = current.subcommand()) {
            if (current.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
