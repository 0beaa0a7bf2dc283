package org.dynadeploy.languageserver.commands;

import java.io.IOException;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.planner.PlanResult;

/** dynadeploy.plan: runs the policy and writes {@code <policy>.dist} next to it. */
final class PlanCommand {

    private PlanCommand() {
    }

    static CommandResult run(CommandContext context) throws IOException {
        PlanResult result = Planning.plan(context);
        DistributionModel model = Planning.toModel(result, context.workspace().models());
        String text = context.workspace().serialize(model, context.distributionFile(),
                "// Planned by DynaDeploy from policy '" + context.policy().getName()
                        + "'. Write 'pin' before a mapping to keep it in the next plan.\n");
        String written = context.files().write(context.distributionFile(), text, context.openText(context.distributionFile()));
        long targets = model.getMappings().stream().flatMap(m -> m.getTargets().stream())
                .map(t -> t.getTarget().getName()).distinct().count();
        return CommandResult.success("Planned '" + context.policy().getName() + "': " + model.getMappings().size()
                + " services on " + targets + " targets, written to " + context.distributionFile().lastSegment(),
                List.of(written));
    }
}
