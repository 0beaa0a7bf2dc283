package org.dynadeploy.lang.serializer;

import static org.dynadeploy.lang.testing.IssueAssertions.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse, serialize with formatting, parse again: the same model, in every language. */
class SerializerRoundTripTest {

    static final List<String> FILES = ExampleModels.FILES;

    private static String serialize(EObject root) {
        ISerializer serializer = ((XtextResource) root.eResource()).getResourceServiceProvider().get(ISerializer.class);
        return serializer.serialize(root, SaveOptions.newBuilder().format().getOptions());
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void parsedModelsSurviveSerialization(String file) {
        EObject original = ExampleModels.workspace().root(file, EObject.class);
        String serialized = serialize(original);
        Workspace again = ExampleModels.workspaceWith(file, serialized);
        assertClean(again.issues(file));
        assertTrue(EcoreUtil.equals(original, again.root(file, EObject.class)), () -> "changed by serialization:\n" + serialized);
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void serializationIsStable(String file) {
        String once = serialize(ExampleModels.workspace().root(file, EObject.class));
        String twice = serialize(ExampleModels.workspaceWith(file, once).root(file, EObject.class));
        assertEquals(once, twice);
    }

    /** Models built in memory (no text, no node model) serialize too: what generators of .dist and .ids files do. */
    @ParameterizedTest
    @ValueSource(strings = { "services.services", "infrastructure.infra", "placement.qos", "colouring.qos", "pools.idres", "ids.ids" })
    void copiesWithoutNodeModelSerialize(String file) {
        EObject original = ExampleModels.workspace().root(file, EObject.class);
        EObject copy = EcoreUtil.copy(original);
        XtextResourceSet resourceSet = DynaDeployLanguages.injector(DynaDeployLanguages.SERVICES).getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/copy/" + file));
        resource.getContents().add(copy);
        String serialized = serialize(copy);
        Workspace again = new Workspace().file(file, serialized);
        assertTrue(again.resource(file).getErrors().isEmpty(), () -> again.resource(file).getErrors() + "\n" + serialized);
        assertTrue(EcoreUtil.equals(original, again.root(file, EObject.class)), () -> "changed by serialization:\n" + serialized);
    }
}
