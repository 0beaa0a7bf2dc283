package org.dynadeploy.languageserver;

import java.io.PrintStream;

import org.apache.log4j.Logger;
import org.dynadeploy.languageserver.launch.LaunchOptions;
import org.dynadeploy.languageserver.launch.RuntimeDefaults;
import org.dynadeploy.languageserver.launch.ServerLogging;
import org.dynadeploy.languageserver.launch.SocketServer;
import org.dynadeploy.languageserver.launch.StdioServer;

/**
 * The DynaDeploy language server: every DynaDeploy language in one server, over stdio (default)
 * or TCP ({@code --port N}). In stdio mode stdout carries JSON-RPC and nothing else: it is taken
 * for the protocol first thing, and System.out is pointed at stderr for everyone else.
 */
public final class DynaDeployLanguageServer {

    private DynaDeployLanguageServer() {
    }

    public static void main(String[] args) {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dynadeploy-language-server: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.err.println(LaunchOptions.USAGE);
            return;
        }
        RuntimeDefaults.apply();
        ServerLogging.configure(options.logLevel());
        Logger log = Logger.getLogger(DynaDeployLanguageServer.class);
        options.warnings().forEach(log::warn);
        log.info("JVM started " + (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms ago");
        try {
            if (options.isSocket()) {
                SocketServer.run(options);
            } else {
                StdioServer.run(System.in, protocolOut, options);
            }
        } catch (Exception e) {
            log.error("the language server stopped", e);
            System.exit(1);
        }
        // The client closed the stream without 'exit': nothing is left to serve.
        System.exit(0);
    }
}
