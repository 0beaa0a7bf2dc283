package org.dynadeploy.lang.ide.symbols;

import java.util.stream.Collectors;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.lang.ide.text.SourceOf;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** The grey text after an outline entry: a service's type, a target's system, a pool's range, a mapping's targets. */
public class SymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        if (object instanceof Service service && service.getType() != null) return service.getType();
        if (object instanceof Target target && target.getSystem() != null) return target.getSystem();
        if (object instanceof IdResource pool) return pool.getMin() + ".." + pool.getMax();
        if (object instanceof ServiceMapping mapping) {
            return mapping.getTargets().stream()
                    .map(t -> SourceOf.unquoted(SourceOf.feature(t, ModelPackage.Literals.TARGET_MAPPING__TARGET)))
                    .collect(Collectors.joining(", "));
        }
        return "";
    }
}
