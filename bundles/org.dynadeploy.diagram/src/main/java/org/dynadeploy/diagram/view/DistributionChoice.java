package org.dynadeploy.diagram.view;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.support.ModelSet;

/**
 * Which distribution the deployment diagram shows: the file the client names (option
 * {@code distribution}, a file name), else the only one, else {@code <policy>.dist} (what the
 * policy's code lens writes), else the first in path order.
 */
public final class DistributionChoice {

    private DistributionChoice() {
    }

    public static Optional<DistributionModel> choose(ModelSet models, String requested) {
        List<DistributionModel> all = models.distributions().stream()
                .filter(d -> d.eResource() != null && d.eResource().getURI() != null)
                .sorted(Comparator.comparing(d -> d.eResource().getURI().toString()))
                .toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (requested != null && !requested.isBlank()) {
            for (DistributionModel model : all) {
                if (fileName(model).equals(requested) || fileName(model).equals(requested + ".dist")) {
                    return Optional.of(model);
                }
            }
        }
        if (all.size() == 1) {
            return Optional.of(all.get(0));
        }
        for (Policy policy : models.policies()) {
            for (DistributionModel model : all) {
                if (fileName(model).equals(policy.getName() + ".dist")) {
                    return Optional.of(model);
                }
            }
        }
        return Optional.of(all.get(0));
    }

    public static String fileName(DistributionModel model) {
        return Path.of(model.eResource().getURI().path()).getFileName().toString();
    }
}
