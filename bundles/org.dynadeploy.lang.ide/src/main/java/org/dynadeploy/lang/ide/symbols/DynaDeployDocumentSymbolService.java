package org.dynadeploy.lang.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Workspace symbols with the same kinds as the outline (Xtext's service has its own, all "property"). */
@Singleton
public class DynaDeployDocumentSymbolService extends DocumentSymbolService {

    @Inject
    private SymbolKinds kinds;

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        return kinds.kindOf(type);
    }
}
