package org.dynadeploy.lang.ide.rename;

import java.util.Optional;

import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Rename: global names (services, targets, pools, policies) across the workspace by Xtext's
 * index-based rename; names only a policy sees (steps, custom filters) by {@link LocalRename}.
 */
public class DynaDeployRenameService extends RenameService2 {

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        Optional<WorkspaceEdit> local = options.getLanguageServerAccess().doSyncRead(uri, context -> {
            if (!(context.getResource() instanceof XtextResource resource) || context.getDocument() == null) {
                return Optional.<WorkspaceEdit>empty();
            }
            int offset = context.getDocument().getOffSet(options.getRenameParams().getPosition());
            return LocalRename.at(resource, context.getDocument(), uri, offset, options.getRenameParams().getNewName());
        });
        return local.orElseGet(() -> super.rename(options));
    }
}
