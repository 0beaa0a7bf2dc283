package org.dynadeploy.docs.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * ELK outside OSGi: nothing discovers the layered algorithm by extension point, so its metadata
 * provider is registered by hand, once per JVM.
 */
final class ElkRuntime {

    private static volatile boolean registered;

    private ElkRuntime() {
    }

    static void ensureRegistered() {
        if (!registered) {
            synchronized (ElkRuntime.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    registered = true;
                }
            }
        }
    }
}
