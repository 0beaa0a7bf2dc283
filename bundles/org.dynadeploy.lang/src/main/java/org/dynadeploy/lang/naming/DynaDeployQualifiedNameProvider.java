package org.dynadeploy.lang.naming;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Services, targets, id resources and policies are global by their simple name, as in dydisnix
 * (keys of flat attribute sets); groups only structure the model and do not qualify names.
 * Everything else (policy steps, containers) is not visible outside its file.
 */
public class DynaDeployQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (isGlobal(object) && ((Named) object).getName() != null && !((Named) object).getName().isEmpty()) {
            return QualifiedName.create(((Named) object).getName());
        }
        return null;
    }

    private static boolean isGlobal(EObject object) {
        return object instanceof Service || object instanceof Target || object instanceof IdResource
                || object instanceof Policy;
    }
}
