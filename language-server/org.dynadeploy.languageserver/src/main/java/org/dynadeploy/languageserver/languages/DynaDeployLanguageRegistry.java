package org.dynadeploy.languageserver.languages;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The server's languages, one per DynaDeploy file extension, backed by the setups on the class
 * path ({@link LanguageLoading}). Replaces Xtext's ServiceLoader registry, which sets every
 * language up before the server can answer anything and would also serve '.ddcommon' files.
 */
@Singleton
public class DynaDeployLanguageRegistry implements Provider<IResourceServiceProvider.Registry> {

    private final IResourceServiceProvider.Registry registry = create();

    private static IResourceServiceProvider.Registry create() {
        ResourceServiceProviderRegistryImpl result = new ResourceServiceProviderRegistryImpl();
        for (String extension : DynaDeployLanguages.EXTENSIONS) {
            result.getExtensionToFactoryMap().put(extension, new LazyLanguage(extension));
        }
        return result;
    }

    @Override
    public IResourceServiceProvider.Registry get() {
        return registry;
    }
}
