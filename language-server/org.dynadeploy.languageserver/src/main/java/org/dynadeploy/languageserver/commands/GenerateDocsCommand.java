package org.dynadeploy.languageserver.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dynadeploy.docs.DocsGenerator;
import org.dynadeploy.docs.DocsOptions;
import org.dynadeploy.docs.DocsResult;

/**
 * dynadeploy.generateDocs: the architecture documentation into {@code docs-out/} next to the
 * policy, with the deployment view of the policy's .dist and the ids of {@code ids.ids} when they
 * exist. The generator writes every file atomically itself.
 */
final class GenerateDocsCommand {

    private GenerateDocsCommand() {
    }

    static CommandResult run(CommandContext context) throws IOException {
        Path output = Path.of(context.docsFolder().toFileString());
        DocsOptions options = DocsOptions.of(output)
                .withDistribution(context.workspace().distributionAt(context.distributionFile()).orElse(null))
                .withIds(context.workspace().idsAt(context.idsFile()).orElse(null))
                .withThreads(1); // the editor stays responsive on small machines
        DocsResult result = DocsGenerator.generate(context.workspace().models(), options);
        String index = result.indexPage().toAbsolutePath().toUri().toString();
        return CommandResult.success("Generated the documentation (" + result.files().size() + " files, "
                + result.groups() + " groups) in " + context.folder().lastSegment() + "/docs-out", List.of(index));
    }
}
