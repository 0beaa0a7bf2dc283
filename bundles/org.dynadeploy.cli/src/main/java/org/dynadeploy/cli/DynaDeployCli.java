package org.dynadeploy.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code dynadeploy} command: one subcommand per tool, named after the dydisnix tools.
 * Exit status 0 on success, 1 on a user error (a message, no stack trace), 2 on a usage error.
 */
@Command(name = "dynadeploy", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, usageHelpAutoWidth = true, sortOptions = false,
        description = "Models, validates, converts and plans the deployment of service-oriented systems"
                + " (the ideas of Dynamic Disnix).",
        footer = {"", "Examples:",
                "  dynadeploy validate model/",
                "  dynadeploy format --check model/",
                "  dynadeploy xml -s model/app.services > services.xml",
                "  dynadeploy import infrastructure.xml -o model/infra.infra",
                "  dynadeploy gendist -s model/ -i model/ -q model/policy.qos -o deploy.dist",
                "  dynadeploy id-assign -s model/ -i model/ -d deploy.dist --id-resources model/ --output-file ids.ids",
                "  dynadeploy docs -s model/ --output-dir docs/",
                "  dynadeploy visualize-services -s model/ --group services -f svg -o services.svg",
                "  dynadeploy diagram --serve -s model/",
                "", "Exit status: 0 success, 1 error in the input (see the message), 2 wrong usage."})
public final class DynaDeployCli implements Runnable {

    /** The subcommands, in the order the usage help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, FormatCommand.class, XmlCommand.class,
            ImportCommand.class, GendistCommand.class, FilterCommand.class, DivideCommand.class,
            MinSetCoverCommand.class, MultiwayCutCommand.class, GraphColCommand.class, IdAssignCommand.class,
            AugmentInfraCommand.class, DocsCommand.class, VisualizeServicesCommand.class, VisualizeInfraCommand.class,
            DocumentServicesCommand.class, LspCommand.class, DiagramCommand.class, BenchCommand.class,
            TrainCacheCommand.class);

    @Spec
    CommandSpec spec;

    /** Read by {@link ErrorHandler} from the parse result; declared here so every command accepts it. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, also print the stack trace (for bug reports).")
    boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns the exit status. stdout is kept for the result alone:
     * anything a library prints with System.out lands on stderr.
     */
    public static int run(String[] args) {
        configureLogging();
        PrintStream result = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(result, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(out, err, commandsFor(args)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line with every subcommand (also used by in-process callers and tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS);
    }

    /**
     * Only the subcommand the arguments name, when they name one: picocli builds the model of every
     * registered command by reflection, a fifth of a second for all of them on every start, while a
     * run needs one. Anything else (no command, a misspelt one, --help, --version) gets them all,
     * so help, suggestions and errors are the same as with the full command line.
     */
    static List<Class<?>> commandsFor(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) continue; // the top-level options take no values
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(arg)) return List.of(command);
            }
            break;
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new DynaDeployCli());
        commands.forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /**
     * Xtext's jar carries a log4j.properties that logs INFO to stdout; ours (WARN+, stderr) must win,
     * so it is named by the system property reload4j reads before looking at the class path.
     */
    private static void configureLogging() {
        if (System.getProperty("log4j.configuration") == null) {
            URL configuration = DynaDeployCli.class.getResource("log4j.properties");
            if (configuration != null) {
                System.setProperty("log4j.configuration", configuration.toExternalForm());
            }
        }
    }
}
