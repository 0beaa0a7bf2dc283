package org.dynadeploy.lang.validation;

import java.util.List;

import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.Policy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

/**
 * Services, targets, id resources and policies are global by simple name (dydisnix attribute
 * names), so two of one name anywhere in the visible models are an error, reported on the
 * ones in the file being validated.
 */
public class GlobalNames {

    @Inject
    private ModelIndex index;

    public void checkServices(EObject root, ValidationMessageAcceptor acceptor) {
        report(index.services(root), root, "service", IssueCodes.DUPLICATE_SERVICE, acceptor);
    }

    public void checkTargets(EObject root, ValidationMessageAcceptor acceptor) {
        report(index.targets(root), root, "target", IssueCodes.DUPLICATE_TARGET, acceptor);
    }

    public void checkIdResources(EObject root, ValidationMessageAcceptor acceptor) {
        report(index.idResources(root), root, "id resource", IssueCodes.DUPLICATE_ID_RESOURCE, acceptor);
    }

    public void checkPolicies(Policy policy, ValidationMessageAcceptor acceptor) {
        report(index.roots(policy, Policy.class), policy, "policy", IssueCodes.DUPLICATE_POLICY, acceptor);
    }

    private static void report(List<? extends Named> all, EObject root, String kind, String code,
            ValidationMessageAcceptor acceptor) {
        Duplicates.forEach(all, Named::getName, (Named element, Named other) -> {
            if (element.eResource() == root.eResource()) {
                acceptor.acceptError("duplicate " + kind + " '" + element.getName() + "' (also declared "
                        + Locations.of(other, element) + "); " + kind + " names are global across all model files: rename one of them",
                        element, ModelPackage.Literals.NAMED__NAME, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
                        element.getName());
            }
        });
    }
}
