package org.dynadeploy.languageserver.languages;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.IResourceServiceProviderExtension;
import org.eclipse.xtext.validation.IResourceValidator;

/**
 * A language of the server before it is set up: registered under its file extension at once (so
 * the server can answer 'initialize' and accept documents), it waits for {@link LanguageLoading}
 * the first time a service of the language is really needed and then delegates to it.
 */
final class LazyLanguage implements IResourceServiceProvider, IResourceServiceProviderExtension {

    private final String extension;

    LazyLanguage(String extension) {
        this.extension = extension;
    }

    private IResourceServiceProvider language() {
        IResourceServiceProvider language = LanguageLoading.start().join().get(extension);
        if (language == null) {
            throw new IllegalStateException("no language on the class path handles ." + extension + " files");
        }
        return language;
    }

    @Override
    public IResourceValidator getResourceValidator() {
        return language().getResourceValidator();
    }

    @Override
    public IResourceDescription.Manager getResourceDescriptionManager() {
        return language().getResourceDescriptionManager();
    }

    @Override
    public IContainer.Manager getContainerManager() {
        return language().getContainerManager();
    }

    @Override
    public boolean canHandle(URI uri) {
        return extension.equals(uri.fileExtension());
    }

    @Override
    public IEncodingProvider getEncodingProvider() {
        return language().getEncodingProvider();
    }

    @Override
    public <T> T get(Class<T> type) {
        return language().get(type);
    }

    @Override
    public boolean isSource(URI uri) {
        return !(language() instanceof IResourceServiceProviderExtension extension) || extension.isSource(uri);
    }

    @Override
    public String toString() {
        return "language of ." + extension;
    }
}
