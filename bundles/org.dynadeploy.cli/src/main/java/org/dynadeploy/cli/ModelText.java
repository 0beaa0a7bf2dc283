package org.dynadeploy.cli;

import java.nio.file.Path;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * Writes a model built in memory (e.g. imported from Disnix XML) as text of its language, with
 * the serializer and the language's formatter.
 */
final class ModelText {

    private ModelText() {
    }

    /**
     * Serializes {@code model} as a file of {@code extension}. The model is placed in a new resource
     * of {@code resourceSet}, which must hold whatever its cross references point to (so they
     * serialize as names); the resource is never saved.
     */
    static String serialize(Model model, String extension, ResourceSet resourceSet) {
        URI uri = URI.createFileURI(Path.of("").toAbsolutePath().resolve(".dynadeploy-import." + extension).toString());
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        DynaDeployLanguages.injector(extension); // registers the extension's resource factory
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        resource.getContents().add(model);
        ISerializer serializer = resource.getResourceServiceProvider().get(ISerializer.class);
        String text;
        try {
            text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());
        } catch (RuntimeException e) {
            throw new UserException("the imported model cannot be written in the ." + extension + " language: "
                    + e.getMessage(), e);
        }
        if (text.isBlank()) {
            // An empty file would read as a mistake (validate refuses empty files); say it is intended.
            return "// imported: the model is empty\n";
        }
        return text.endsWith("\n") ? text : text + "\n";
    }
}
