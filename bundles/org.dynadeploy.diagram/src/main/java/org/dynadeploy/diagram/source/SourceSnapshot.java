package org.dynadeploy.diagram.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The model as it is now: every model root (parsed by Xtext, so each object has its node model),
 * the text of every model file and the problems found. Valid until the source changes; read it
 * only inside {@link DiagramSource#read}.
 *
 * @param version  grows with every change of the source
 * @param folder   the model folder: new files go there, the notation sidecar lives there
 * @param models   the linked models
 * @param texts    every model file and its text, in path order
 * @param problems syntax and linking errors (and whatever else the source validated)
 */
public record SourceSnapshot(long version, Path folder, ModelSet models, Map<Path, String> texts, List<Problem> problems) {

    /** The file an object was parsed from. */
    public static Path fileOf(EObject object) {
        Resource resource = object.eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            throw new DiagramEditException("the element is not in a model file");
        }
        return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
    }

    public Optional<String> text(Path file) {
        return Optional.ofNullable(texts.get(file.toAbsolutePath().normalize()));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
