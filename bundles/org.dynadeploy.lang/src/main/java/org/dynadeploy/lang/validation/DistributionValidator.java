package org.dynadeploy.lang.validation;

import java.util.Set;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Rules of distributions: one mapping per service, distinct targets, containers the targets have. */
public class DistributionValidator extends AbstractDistributionValidator {

    @Inject
    private ModelIndex index;

    @Check
    public void checkUniqueMappings(DistributionModel model) {
        Duplicates.forEach(model.getMappings(),
                mapping -> LinkTexts.of(mapping, ModelPackage.Literals.SERVICE_MAPPING__SERVICE),
                (mapping, other) -> error("service '" + LinkTexts.of(mapping, ModelPackage.Literals.SERVICE_MAPPING__SERVICE)
                        + "' is mapped twice (also " + Locations.of(other, mapping) + "); merge the targets into one mapping",
                        mapping, ModelPackage.Literals.SERVICE_MAPPING__SERVICE, IssueCodes.DUPLICATE_MAPPING));
    }

    @Check
    public void checkDistinctTargets(ServiceMapping mapping) {
        Duplicates.forEach(mapping.getTargets(), DistributionValidator::key, (target, other) -> {
            if (mapping.getTargets().indexOf(target) > mapping.getTargets().indexOf(other)) {
                warning("'" + key(target) + "' is listed twice in this mapping; remove the second one",
                        target, ModelPackage.Literals.TARGET_MAPPING__TARGET, IssueCodes.DUPLICATE_MAPPING_TARGET);
            }
        });
    }

    private static String key(TargetMapping mapping) {
        String target = LinkTexts.of(mapping, ModelPackage.Literals.TARGET_MAPPING__TARGET);
        return mapping.getContainer() == null ? target : target + " in " + mapping.getContainer();
    }

    @Check(CheckType.NORMAL)
    public void checkContainers(DistributionModel model) {
        Augmentations augmentations = null; // computed once, and only when a mapping names a container
        for (ServiceMapping mapping : model.getMappings()) {
            for (TargetMapping target : mapping.getTargets()) {
                if (target.getContainer() != null && target.getTarget() != null && !target.getTarget().eIsProxy()) {
                    if (augmentations == null) {
                        augmentations = Augmentations.of(index.roots(model, InfrastructureModel.class));
                    }
                    checkContainer(target, augmentations);
                }
            }
        }
    }

    private void checkContainer(TargetMapping mapping, Augmentations augmentations) {
        Target target = mapping.getTarget();
        Set<String> containers = augmentations.containerNames(target);
        if (!containers.contains(mapping.getContainer())) {
            warning("target '" + target.getName() + "' declares no container '" + mapping.getContainer() + "'"
                    + Suggestions.endOfSentence(mapping.getContainer(), containers) + " Declare it in the target (container "
                    + mapping.getContainer() + ") or fix the name",
                    mapping, ModelPackage.Literals.TARGET_MAPPING__CONTAINER, IssueCodes.UNKNOWN_CONTAINER,
                    mapping.getContainer(), Suggestions.nearest(mapping.getContainer(), containers).orElse(""));
        }
    }
}
