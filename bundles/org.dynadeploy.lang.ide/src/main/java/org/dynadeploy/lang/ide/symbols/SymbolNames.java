package org.dynadeploy.lang.ide.symbols;

import org.dynadeploy.lang.ide.text.SourceOf;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetLastAssignments;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * Outline names. Xtext names only elements with a qualified name (here the global ones); the
 * outline should also show groups, containers, steps, filters and the blocks of result files.
 * Properties and arguments stay out: an outline of every property would bury the services.
 */
public class SymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        if (object instanceof Named named) {
            return named.getName();
        }
        if (object instanceof ServiceMapping mapping) {
            return nonEmpty(SourceOf.unquoted(SourceOf.feature(mapping, ModelPackage.Literals.SERVICE_MAPPING__SERVICE)));
        }
        if (object instanceof ResourceIds ids) {
            return ids.getResource() == null ? null : "ids " + ids.getResource();
        }
        if (object instanceof TargetLastAssignments target) {
            return target.getTarget() == null ? null : "target " + target.getTarget();
        }
        if (object instanceof DocsConfig) {
            return "docs";
        }
        return null;
    }

    private static String nonEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
