package org.dynadeploy.lang.ide;

import org.dynadeploy.lang.ide.codeActions.DynaDeployCodeActionService;
import org.dynadeploy.lang.ide.codelens.PolicyCodeLensService;
import org.dynadeploy.lang.ide.contentassist.DynaDeployProposalProvider;
import org.dynadeploy.lang.ide.hover.DynaDeployHoverService;
import org.dynadeploy.lang.ide.semantictokens.DynaDeploySemanticHighlighter;
import org.dynadeploy.lang.ide.symbols.DynaDeployDocumentSymbolService;
import org.dynadeploy.lang.ide.symbols.SymbolDetails;
import org.dynadeploy.lang.ide.symbols.SymbolKinds;
import org.dynadeploy.lang.ide.symbols.SymbolNames;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import com.google.inject.AbstractModule;

/**
 * The editor services every DynaDeploy language shares. The generated ide modules cannot share a
 * superclass, so each installs this module; the services look at the model they get and do
 * nothing for element types that are not theirs (e.g. code lenses only exist on policies).
 */
public class DynaDeployIdeServices extends AbstractModule {

    @Override
    protected void configure() {
        bind(IdeContentProposalProvider.class).to(DynaDeployProposalProvider.class);
        bind(ICodeActionService2.class).to(DynaDeployCodeActionService.class);
        bind(ICodeLensService.class).to(PolicyCodeLensService.class);
        bind(ISemanticHighlightingCalculator.class).to(DynaDeploySemanticHighlighter.class);
        bind(IHoverService.class).to(DynaDeployHoverService.class);
        bind(DocumentSymbolMapper.DocumentSymbolNameProvider.class).to(SymbolNames.class);
        bind(DocumentSymbolMapper.DocumentSymbolKindProvider.class).to(SymbolKinds.class);
        bind(DocumentSymbolMapper.DocumentSymbolDetailsProvider.class).to(SymbolDetails.class);
        bind(DocumentSymbolService.class).to(DynaDeployDocumentSymbolService.class);
    }
}
