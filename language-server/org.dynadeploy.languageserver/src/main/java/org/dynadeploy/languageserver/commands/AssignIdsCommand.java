package org.dynadeploy.languageserver.commands;

import java.io.IOException;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.planner.ids.IdAssigner;

/**
 * dynadeploy.assignIds: assigns unique ids for the policy's distribution (its .dist file, or a
 * fresh plan when there is none yet), keeping the ids of {@code ids.ids}, and writes them there.
 */
final class AssignIdsCommand {

    private AssignIdsCommand() {
    }

    static CommandResult run(CommandContext context) throws IOException {
        DistributionModel distribution = context.workspace().distributionAt(context.distributionFile())
                .orElseGet(() -> Planning.toModel(Planning.plan(context), context.workspace().models()));
        IdsModel previous = context.workspace().idsAt(context.idsFile()).orElse(null);
        IdsModel ids = new IdAssigner().assign(context.workspace().models(), distribution, previous, null);
        String text = context.workspace().serialize(ids, context.idsFile(),
                "// Unique ids assigned by DynaDeploy for policy '" + context.policy().getName()
                        + "'. Kept as they are by the next assignment.\n");
        String written = context.files().write(context.idsFile(), text, context.openText(context.idsFile()));
        long count = ids.getResources().stream().mapToLong(r -> r.getAssignments().size()).sum();
        return CommandResult.success("Assigned " + count + " ids for '" + context.policy().getName() + "', written to "
                + context.idsFile().lastSegment(), List.of(written));
    }
}
