package org.dynadeploy.languageserver.languages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.xtext.ISetup;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Injector;

/**
 * Sets the languages up once per JVM, on a thread of its own: every {@link ISetup} on the class
 * path (META-INF/services) except the internal base grammar, which has no files of its own. This
 * is most of the server's start-up time, so it does not start before something needs a language
 * (the workspace build that follows 'initialize', or the first request): 'initialize' is answered
 * without it. On two cores, setting up in parallel with the server's own start only slowed both.
 * The setups register in EMF's global registries, so they run one after the other.
 */
public final class LanguageLoading {

    /** Setups that are not languages users write. */
    static final Set<String> EXCLUDED_SETUPS = Set.of("org.dynadeploy.lang.ide.CommonIdeSetup");

    private static final Logger LOG = Logger.getLogger(LanguageLoading.class);

    private static CompletableFuture<Map<String, IResourceServiceProvider>> languages;

    private LanguageLoading() {
    }

    /** Starts setting the languages up (once); returns their providers by file extension when done. */
    public static synchronized CompletableFuture<Map<String, IResourceServiceProvider>> start() {
        if (languages == null) {
            languages = new CompletableFuture<>();
            Thread thread = new Thread(LanguageLoading::load, "dynadeploy-languages");
            thread.setDaemon(true);
            thread.start();
        }
        return languages;
    }

    /**
     * Waits until the languages are set up. Whatever creates resources must: EMF finds a file's
     * resource factory in a global registry that the setups fill, not through the registry here.
     */
    public static void await() {
        start().join();
    }

    private static void load() {
        long start = System.nanoTime();
        try {
            Map<String, IResourceServiceProvider> result = new LinkedHashMap<>();
            for (ServiceLoader.Provider<ISetup> setup : ServiceLoader.load(ISetup.class).stream().toList()) {
                if (EXCLUDED_SETUPS.contains(setup.type().getName())) {
                    continue;
                }
                Injector injector = setup.get().createInjectorAndDoEMFRegistration();
                IResourceServiceProvider provider = injector.getInstance(IResourceServiceProvider.class);
                for (String extension : injector.getInstance(FileExtensionProvider.class).getFileExtensions()) {
                    // First one wins: two languages claiming one extension is a packaging mistake.
                    result.putIfAbsent(extension, provider);
                }
            }
            LOG.info("languages " + result.keySet() + " set up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            languages.complete(Map.copyOf(result));
        } catch (RuntimeException | Error e) {
            LOG.error("the languages cannot be set up", e);
            languages.completeExceptionally(e);
        }
    }
}
