package org.dynadeploy.languageserver.commands;

import org.dynadeploy.model.Policy;
import org.eclipse.emf.common.util.URI;

/**
 * One run of a command: the arguments, the workspace copy it works on, the policy, and where its
 * results go (the policy's folder, so results sit next to the models they came from).
 */
record CommandContext(CommandArguments arguments, URI document, LoadedWorkspace workspace, Policy policy,
        WorkspaceSnapshot snapshot, ResultFiles files) {

    URI folder() {
        return document.trimSegments(1);
    }

    /** Where the plan of the policy is written and, as the previous distribution, read. */
    URI distributionFile() {
        return folder().appendSegment(policy.getName() + ".dist");
    }

    URI idsFile() {
        return folder().appendSegment("ids.ids");
    }

    URI docsFolder() {
        return folder().appendSegment("docs-out");
    }

    /** The editor content of a result file that is open, else null. */
    String openText(URI uri) {
        return snapshot.openTexts().get(uri);
    }
}
