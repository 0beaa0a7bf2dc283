package org.dynadeploy.diagram.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;

/** Copy: the ids of the selected elements as text (the client's copy shortcut asks the server). */
public class ClipboardHandler extends AbstractActionHandler<RequestClipboardDataAction> {

    @Override
    protected List<Action> executeAction(RequestClipboardDataAction action) {
        List<String> ids = action.getEditorContext() == null ? List.of() : action.getEditorContext().getSelectedElementIds();
        return listOf(new SetClipboardDataAction(Map.of("text/plain", String.join("\n", ids))));
    }
}
