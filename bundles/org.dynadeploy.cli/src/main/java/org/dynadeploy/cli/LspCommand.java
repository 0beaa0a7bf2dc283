package org.dynadeploy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.languageserver.DynaDeployLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code dynadeploy lsp}: the language server of every DynaDeploy language, the same server the
 * VS Code extension starts from its bundled jar. The options are the server's own and are passed
 * through unchanged; editors add options of their own (such as {@code --clientProcessId}), which
 * the server accepts and ignores.
 */
@Command(name = "lsp", sortOptions = false,
        description = {"Runs the DynaDeploy language server (LSP) for editors.",
                "By default it talks LSP over stdin/stdout, which then carry JSON-RPC and nothing else;"
                        + " logs go to stderr. With --port it listens on TCP, on 127.0.0.1 unless --host says otherwise."},
        footer = {"", "Examples:",
                "  dynadeploy lsp                      (an editor starts it and talks over stdio)",
                "  dynadeploy lsp --port 5007 --log info",
                "", "Exit status: 0 when the client ends the session, 1 if the server fails, 2 wrong usage."})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Talk LSP over stdin/stdout (the default).")
    boolean stdio;

    @Option(names = "--port", paramLabel = "N", description = "Listen for LSP clients on this TCP port instead.")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on with --port (default 127.0.0.1).")
    String host;

    @Option(names = "--log", paramLabel = "LEVEL", description = "error, warn (default), info or debug; logs go to stderr.")
    String log;

    @Option(names = "--trace", description = "Log every JSON-RPC message to stderr.")
    boolean trace;

    @Unmatched
    List<String> clientOptions = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.addAll(List.of("--port", port.toString()));
        }
        if (host != null) {
            args.addAll(List.of("--host", host));
        }
        if (log != null) {
            args.addAll(List.of("--log", log));
        }
        if (trace) {
            args.add("--trace");
        }
        args.addAll(clientOptions);
        // The command line pointed System.out at stderr; the protocol needs the real stdout back.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true));
        DynaDeployLanguageServer.main(args.toArray(String[]::new));
        return 0;
    }
}
