package org.dynadeploy.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Internal (server-side only): the model or the notation changed; send the diagram again if it shows something else. */
public class RefreshDiagramAction extends Action {

    public static final String KIND = "dynadeployRefreshDiagram";

    public RefreshDiagramAction() {
        super(KIND);
    }
}
