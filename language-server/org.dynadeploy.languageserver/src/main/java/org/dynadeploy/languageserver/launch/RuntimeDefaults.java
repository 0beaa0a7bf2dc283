package org.dynadeploy.languageserver.launch;

/**
 * JVM settings the server needs whatever command line it was started with (clients start it
 * with plain {@code java -jar}).
 */
public final class RuntimeDefaults {

    private RuntimeDefaults() {
    }

    public static void apply() {
        // Guice's bytecode generation uses sun.misc.Unsafe, which newer JDKs warn about on stderr;
        // read once when Guice's first class loads, so it must be set before any injector exists.
        setIfAbsent("guice_bytecode_gen_option", "DISABLED");
        // The docs command renders diagrams with AWT font metrics; there is never a display.
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
