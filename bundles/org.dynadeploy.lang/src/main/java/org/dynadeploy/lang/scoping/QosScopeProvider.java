package org.dynadeploy.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Step;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * A step may use the steps declared before it in the same policy (a pipeline, no cycles);
 * the result may use every step.
 */
public class QosScopeProvider extends AbstractQosScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == ModelPackage.Literals.STEP_REFERENCE__STEP) {
            return Scopes.scopeFor(visibleSteps(context));
        }
        return super.getScope(context, reference);
    }

    static List<Step> visibleSteps(EObject context) {
        Policy policy = EcoreUtil2.getContainerOfType(context, Policy.class);
        if (policy == null) {
            return List.of();
        }
        Step current = EcoreUtil2.getContainerOfType(context, Step.class);
        List<Step> visible = new ArrayList<>();
        for (Step step : policy.getSteps()) {
            if (step == current) {
                break;
            }
            visible.add(step);
        }
        return visible;
    }
}
