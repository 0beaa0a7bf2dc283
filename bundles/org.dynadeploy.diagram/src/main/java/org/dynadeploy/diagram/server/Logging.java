package org.dynadeploy.diagram.server;

import java.net.URL;

/**
 * GLSP and Jetty log with Log4j 2 (Jetty through SLF4J): warnings and errors to stderr, nothing on
 * stdout, unless the application configured Log4j 2 itself.
 */
final class Logging {

    private static final String CONFIGURATION = "log4j2.configurationFile";

    private Logging() {
    }

    static synchronized void configure() {
        if (System.getProperty(CONFIGURATION) == null) {
            URL url = Logging.class.getResource("/org/dynadeploy/diagram/log4j2.xml");
            if (url != null) {
                System.setProperty(CONFIGURATION, url.toExternalForm());
            }
        }
    }
}
