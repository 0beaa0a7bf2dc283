package org.dynadeploy.lang.ide.symbols;

import java.util.Map;

import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Outline and workspace-symbol icons by element type (Xtext shows everything as a property). */
public class SymbolKinds extends DocumentSymbolKindProvider {

    private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
            Map.entry(ModelPackage.Literals.GROUP, SymbolKind.Namespace),
            Map.entry(ModelPackage.Literals.SERVICE, SymbolKind.Class),
            Map.entry(ModelPackage.Literals.DOCS_CONFIG, SymbolKind.Object),
            Map.entry(ModelPackage.Literals.TARGET, SymbolKind.Module),
            Map.entry(ModelPackage.Literals.CONTAINER, SymbolKind.Package),
            Map.entry(ModelPackage.Literals.AUGMENTATION_RULE, SymbolKind.Event),
            Map.entry(ModelPackage.Literals.POLICY, SymbolKind.Function),
            Map.entry(ModelPackage.Literals.CUSTOM_FILTER, SymbolKind.Method),
            Map.entry(ModelPackage.Literals.STEP, SymbolKind.Variable),
            Map.entry(ModelPackage.Literals.ID_RESOURCE, SymbolKind.Enum),
            Map.entry(ModelPackage.Literals.SERVICE_MAPPING, SymbolKind.Field),
            Map.entry(ModelPackage.Literals.RESOURCE_IDS, SymbolKind.Array),
            Map.entry(ModelPackage.Literals.TARGET_LAST_ASSIGNMENTS, SymbolKind.Object));

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        return kindOf(type);
    }

    public SymbolKind kindOf(EClass type) {
        return KINDS.getOrDefault(type, SymbolKind.Property);
    }
}
