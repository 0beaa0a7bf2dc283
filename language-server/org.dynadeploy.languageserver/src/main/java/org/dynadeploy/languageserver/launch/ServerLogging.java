package org.dynadeploy.languageserver.launch;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Sends every log to stderr. Xtext's default log4j configuration writes to stdout, which in stdio
 * mode is the JSON-RPC channel: one log line there corrupts the protocol. LSP4J logs through
 * java.util.logging, whose console handler already writes to stderr; only its level is set.
 */
public final class ServerLogging {

    private ServerLogging() {
    }

    public static void configure(String level) {
        LogManager.resetConfiguration();
        ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%d{HH:mm:ss.SSS} %-5p %c{1} - %m%n"),
                ConsoleAppender.SYSTEM_ERR);
        Logger root = Logger.getRootLogger();
        root.addAppender(appender);
        root.setLevel(Level.toLevel(level.toUpperCase(java.util.Locale.ROOT), Level.WARN));

        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        for (Handler handler : julRoot.getHandlers()) {
            julRoot.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        julRoot.addHandler(stderr);
        java.util.logging.Level julLevel = switch (level) {
            case "debug" -> java.util.logging.Level.FINE;
            case "info" -> java.util.logging.Level.INFO;
            case "error" -> java.util.logging.Level.SEVERE;
            default -> java.util.logging.Level.WARNING;
        };
        julRoot.setLevel(julLevel);
        stderr.setLevel(julLevel);
    }
}
