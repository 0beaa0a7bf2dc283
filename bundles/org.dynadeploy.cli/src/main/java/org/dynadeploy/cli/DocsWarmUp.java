package org.dynadeploy.cli;

import org.dynadeploy.docs.Format;
import org.dynadeploy.docs.ServicesDiagram;
import org.dynadeploy.docs.bench.SyntheticModels;
import org.dynadeploy.model.support.ModelSet;

/**
 * Warms the documentation engine up while the models load: a tiny diagram is laid out and
 * drawn on a background thread, which loads the engine's classes, ELK's option registry and
 * the bundled font, and gives the JIT a head start. Loading the models (Xtext's set-up, parsing,
 * linking, validation) is single-threaded and takes seconds, so on a machine with a second core
 * this hides most of the engine's cold start (measured in docs/benchmarks.md). It is only an
 * optimisation: its failures are ignored (the real run reports them), and it is skipped on one
 * core or with {@code -Ddynadeploy.docs.warmup=false}.
 */
final class DocsWarmUp {

    private static final DocsWarmUp NONE = new DocsWarmUp(null);

    private final Thread thread;

    private DocsWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts warming up for diagrams in {@code format}; DOT and Mermaid need no layout, so nothing starts. */
    static DocsWarmUp start(Format format) {
        if (format == Format.DOT || format == Format.MERMAID || Runtime.getRuntime().availableProcessors() < 2
                || "false".equals(System.getProperty("dynadeploy.docs.warmup"))) {
            return NONE;
        }
        Thread thread = new Thread(() -> warm(format), "dynadeploy-docs-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new DocsWarmUp(thread);
    }

    private static void warm(Format format) {
        try {
            ModelSet tiny = SyntheticModels.model(12, 3, 2, 1);
            ServicesDiagram.render(tiny, "", format);
        } catch (RuntimeException | LinkageError e) {
            // Only an optimisation: the real generation reports whatever is wrong.
        }
    }

    /**
     * Waits for the warm-up to end before the real generation starts, so the engine's one-time
     * initialisation never runs in two threads at once.
     */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
