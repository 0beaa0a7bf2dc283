package org.dynadeploy.lang.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;

/**
 * Model files in memory, in one resource set, as the loader would see them: each file is
 * parsed by the language of its extension and links to the others.
 */
public final class Workspace {

    private final XtextResourceSet resourceSet;

    public Workspace() {
        resourceSet = DynaDeployLanguages.injector(DynaDeployLanguages.SERVICES).getInstance(XtextResourceSet.class);
    }

    /** Adds (parses) a file; its extension selects the language. */
    public Workspace file(String name, String text) {
        XtextResource resource = (XtextResource) resourceSet.createResource(uri(name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public XtextResource resource(String name) {
        return (XtextResource) resourceSet.getResource(uri(name), false);
    }

    public <T extends EObject> T root(String name, Class<T> type) {
        return type.cast(resource(name).getContents().get(0));
    }

    /** Every issue of a file: syntax, linking and validation (all check types). */
    public List<Issue> issues(String name) {
        XtextResource resource = resource(name);
        ValidationTestHelper helper = resource.getResourceServiceProvider().get(ValidationTestHelper.class);
        return helper.validate(resource);
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    private static URI uri(String name) {
        return URI.createURI("file:/workspace/" + name);
    }

    /** The issues of a single file on its own. */
    public static List<Issue> issuesOf(String name, String text) {
        return new Workspace().file(name, text).issues(name);
    }
}
