package org.dynadeploy.lang.loading;

import java.util.List;

import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The models of a set of files, the problems found in them, and the resource set holding them. */
public record LoadResult(ModelSet models, List<Problem> problems, ResourceSet resourceSet) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
