package org.dynadeploy.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dynadeploy.docs.html.SearchIndex;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.docs.site.SiteFiles;
import org.dynadeploy.docs.site.SiteWriter;
import org.dynadeploy.model.support.ModelSet;

/**
 * Generates the architecture documentation catalog (dydisnix-generate-services-docs): a page and
 * a diagram per group, intermediate groups included, plus the shared stylesheet and search, and
 * the deployment and infrastructure views when there is something to show. The whole site is
 * generated in memory first and then written file by file (each atomically), so a failure
 * leaves the output directory as it was. Identical input gives byte-identical output.
 */
public final class DocsGenerator {

    private DocsGenerator() {
    }

    public static DocsResult generate(ModelSet models, DocsOptions options) throws IOException {
        Catalog catalog = Catalog.of(models, options.distribution(), options.ids());
        SiteFiles site = new SiteFiles();
        LayerRendering layers = new LayerRendering(catalog);
        List<String> groups = new ArrayList<>(catalog.groups().paths());
        forEachInParallel(groups, options.threads(), group -> layers.addTo(site, group, options.imageFormat()));
        new InfraRendering(catalog).addTo(site, options.imageFormat());
        site.add(Links.STYLE, resource("style.css"));
        site.add(Links.SEARCH_SCRIPT, resource("search.js"));
        site.add(Links.SEARCH_INDEX, SearchIndex.render(catalog));
        return new DocsResult(options.outputDir(), SiteWriter.write(options.outputDir(), site), groups.size());
    }

    /**
     * Layout dominates the run time and layers are independent, so they are laid out in
     * parallel; the output does not depend on the order they finish in.
     */
    private static void forEachInParallel(List<String> groups, int threads, java.util.function.Consumer<String> work) {
        if (threads == 1 || groups.size() == 1) {
            groups.forEach(work);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, groups.size()), runnable -> {
            Thread thread = new Thread(runnable, "dynadeploy-docs");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String group : groups) {
                futures.add(pool.submit(() -> work.accept(group)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the documentation", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = DocsGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the docs jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
