package org.dynadeploy.diagram.glsp;

import java.util.Optional;

import org.dynadeploy.diagram.source.DiagramEditException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CutOperation;
import org.eclipse.glsp.server.operations.PasteOperation;

/** Clipboard operations the client's keyboard shortcuts send: refused with a message, never dropped silently. */
public final class UnsupportedHandlers {

    private UnsupportedHandlers() {
    }

    public static class Cut extends EditHandler<CutOperation> {
        @Override
        public Optional<Command> createCommand(CutOperation operation) {
            throw new DiagramEditException("Cut and paste are not supported: delete with the Delete key, create with the palette.");
        }
    }

    public static class Paste extends EditHandler<PasteOperation> {
        @Override
        public Optional<Command> createCommand(PasteOperation operation) {
            throw new DiagramEditException("Paste is not supported: create services with the palette.");
        }
    }
}
