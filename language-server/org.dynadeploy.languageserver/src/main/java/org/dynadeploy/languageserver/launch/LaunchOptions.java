package org.dynadeploy.languageserver.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the language server. Clients add options of their own (vscode-languageclient
 * passes {@code --stdio}, some pass {@code --clientProcessId=N}); those are accepted and ignored, so
 * a client never fails to start the server.
 *
 * @param port     listen on this TCP port instead of stdio; null for stdio
 * @param host     the address to bind in TCP mode (loopback unless told otherwise)
 * @param logLevel error, warn, info or debug (logs go to stderr)
 * @param trace    whether to log every JSON-RPC message to stderr
 * @param help     whether only the usage was asked for
 * @param warnings remarks about the command line (ignored options) for the log
 */
public record LaunchOptions(Integer port, String host, String logLevel, boolean trace, boolean help, List<String> warnings) {

    public static final String USAGE = """
            usage: java -jar dynadeploy-language-server.jar [--stdio | --port N [--host ADDRESS]] [--log LEVEL] [--trace]
              --stdio        talk LSP over stdin/stdout (the default)
              --port N       listen for LSP clients on TCP port N (one server per connection)
              --host ADDRESS the address to listen on in TCP mode (default 127.0.0.1)
              --log LEVEL    error, warn (default), info or debug; logs go to stderr
              --trace        log every JSON-RPC message to stderr""";

    public boolean isSocket() {
        return port != null;
    }

    public static LaunchOptions parse(String... args) {
        Integer port = null;
        String host = "127.0.0.1";
        String logLevel = "warn";
        boolean trace = false;
        boolean help = false;
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--stdio" -> { }
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--log" -> logLevel = parseLevel(value(args, ++i, arg));
                case "--trace" -> trace = true;
                case "-h", "--help" -> help = true;
                default -> {
                    if (arg.startsWith("--port=")) port = parsePort(arg.substring(7));
                    else if (arg.startsWith("--host=")) host = arg.substring(7);
                    else if (arg.startsWith("--log=")) logLevel = parseLevel(arg.substring(6));
                    else warnings.add("ignoring unknown option " + arg);
                }
            }
        }
        return new LaunchOptions(port, host, logLevel, trace, help, List.copyOf(warnings));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("missing value for " + option);
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, not '" + text + "'");
        }
    }

    private static String parseLevel(String text) {
        String level = text.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("error", "warn", "info", "debug").contains(level)) {
            throw new IllegalArgumentException("--log must be error, warn, info or debug, not '" + text + "'");
        }
        return level;
    }
}
