package org.dynadeploy.languageserver.commands;

import java.util.Map;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.FilterRegistry;
import org.dynadeploy.planner.PlanResult;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PolicyExecutor;
import org.dynadeploy.planner.augment.InfrastructureAugmenter;

/**
 * Runs a policy the way the command line does: the infrastructure augmented (secrets not read),
 * the policy's last plan as the previous distribution (so stateful services stay and pins hold).
 */
final class Planning {

    private Planning() {
    }

    static PlanResult plan(CommandContext context) {
        ModelSet models = context.workspace().models();
        ModelSet augmented = new InfrastructureAugmenter(new IdeSecrets()).augment(models);
        DistributionModel previous = context.workspace().distributionAt(context.distributionFile()).orElse(null);
        PlanningContext planning = PlanningContext.builder(augmented).previous(previous).build();
        PolicyExecutor executor = new PolicyExecutor(FilterRegistry.builtIn(), Planning.class.getClassLoader(), false);
        return executor.execute(context.policy(), planning);
    }

    /**
     * The plan as a model of the workspace's own targets: augmentation planned on copies of the
     * targets, and a result file must name the targets the user wrote.
     */
    static DistributionModel toModel(PlanResult result, ModelSet models) {
        DistributionModel model = result.toModel();
        Map<String, Target> targets = models.targetsByName();
        model.getMappings().forEach(mapping -> {
            for (TargetMapping target : mapping.getTargets()) {
                Target original = targets.get(target.getTarget().getName());
                if (original != null) {
                    target.setTarget(original);
                }
            }
        });
        return model;
    }
}
