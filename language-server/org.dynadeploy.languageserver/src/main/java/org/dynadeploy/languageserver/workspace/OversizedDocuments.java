package org.dynadeploy.languageserver.workspace;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

import com.google.inject.Singleton;

/**
 * Open documents too large to be models: never parsed (a many-megabyte document would stall every
 * build and could exhaust the heap), shown to the user with one diagnostic, and unknown to every
 * language service until they are closed.
 */
@Singleton
public class OversizedDocuments {

    private static final Logger LOG = Logger.getLogger(OversizedDocuments.class);

    private final Set<URI> refused = ConcurrentHashMap.newKeySet();

    /** Refuses the document if it is too large; returns the diagnostic to publish, or null if it is accepted. */
    public PublishDiagnosticsParams refuseIfTooLarge(URI uri, String uriString, String text) {
        if (!DocumentLimits.isTooLarge(text)) {
            return null;
        }
        refused.add(uri);
        LOG.warn("not parsing " + uriString + ": " + text.length() + " characters");
        Diagnostic tooLarge = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                "This file is too large to be a model (" + text.length() + " characters; the limit is "
                        + DocumentLimits.MAX_CHARACTERS + "): it is not checked. Split it into several files.",
                DiagnosticSeverity.Warning, "dynadeploy");
        return new PublishDiagnosticsParams(uriString, List.of(tooLarge));
    }

    public boolean isRefused(URI uri) {
        return refused.contains(uri);
    }

    /** Forgets a closed document; true if it had been refused. */
    public boolean forget(URI uri) {
        return refused.remove(uri);
    }
}
