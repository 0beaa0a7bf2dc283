package org.dynadeploy.lang.validation;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.StepReference;
import org.dynadeploy.model.policy.FilterCatalog;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Rules of QoS policies: filter calls match the filter catalog, the properties they name exist
 * on the loaded services and targets, steps and custom filters are unique and used.
 */
public class QosValidator extends AbstractQosValidator {

    @Inject
    private GlobalNames globalNames;

    @Inject
    private PolicyProperties policyProperties;

    @Check(CheckType.NORMAL)
    public void checkUniquePolicyName(Policy policy) {
        globalNames.checkPolicies(policy, this);
    }

    @Check
    public void checkUniqueSteps(Policy policy) {
        Duplicates.forEach(policy.getSteps(), Step::getName, (step, other) -> error(
                "duplicate step '" + step.getName() + "' (also " + Locations.of(other, step) + "); rename one of them",
                step, ModelPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_STEP, step.getName()));
    }

    @Check
    public void checkUniqueCustomFilters(Policy policy) {
        Duplicates.forEach(policy.getFilters(), CustomFilter::getName, (filter, other) -> error(
                "duplicate filter '" + filter.getName() + "' (also " + Locations.of(other, filter) + "); rename one of them",
                filter, ModelPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_CUSTOM_FILTER, filter.getName()));
    }

    @Check
    public void checkStepsUsed(Policy policy) {
        Set<Step> used = new HashSet<>();
        for (StepReference reference : EcoreUtil2.getAllContentsOfType(policy, StepReference.class)) {
            used.add(reference.getStep());
        }
        for (Step step : policy.getSteps()) {
            if (!used.contains(step)) {
                warning("step '" + step.getName() + "' is never used; use it in a later step or the result, or remove it",
                        step, ModelPackage.Literals.NAMED__NAME, IssueCodes.UNUSED_STEP, step.getName());
            }
        }
    }

    @Check
    public void checkCustomFiltersUsed(Policy policy) {
        Set<String> called = new HashSet<>();
        for (FilterCall call : EcoreUtil2.getAllContentsOfType(policy, FilterCall.class)) {
            called.add(call.getFilter());
        }
        for (CustomFilter filter : policy.getFilters()) {
            if (!called.contains(filter.getName())) {
                warning("filter '" + filter.getName() + "' is never called; call it in a step or remove it",
                        filter, ModelPackage.Literals.NAMED__NAME, IssueCodes.UNUSED_CUSTOM_FILTER, filter.getName());
            }
        }
    }

    @Check
    public void checkCustomFilter(CustomFilter filter) {
        String implementation = filter.getImplementation() == null ? "" : filter.getImplementation().strip();
        if (FilterCatalog.isReferenceFilter(filter.getName())) {
            warning("filter '" + filter.getName() + "' hides the reference filter of that name in this policy; rename it to keep both",
                    filter, ModelPackage.Literals.NAMED__NAME, IssueCodes.CUSTOM_FILTER_SHADOWS_REFERENCE, filter.getName());
        }
        if (implementation.isEmpty()) {
            error(filter.getKind() == CustomFilterKind.JAVA
                    ? "java filter '" + filter.getName() + "' needs the class name or service id of its implementation, e.g. \"org.example.ClearFilter\""
                    : "program filter '" + filter.getName() + "' needs the path of its program, e.g. \"/usr/local/bin/my-filter\"",
                    filter, ModelPackage.Literals.CUSTOM_FILTER__IMPLEMENTATION, IssueCodes.EMPTY_FILTER_IMPLEMENTATION);
        } else if (filter.getKind() == CustomFilterKind.PROGRAM && !isAbsolute(implementation)) {
            warning("program path '" + implementation + "' is relative, so the filter depends on the working directory; write an absolute path",
                    filter, ModelPackage.Literals.CUSTOM_FILTER__IMPLEMENTATION, IssueCodes.RELATIVE_PROGRAM_PATH, implementation);
        }
    }

    private static boolean isAbsolute(String path) {
        try {
            return path.startsWith("/") || Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    @Check
    public void checkFilterCall(FilterCall call) {
        FilterCalls.check(call, this);
    }

    @Check(CheckType.NORMAL)
    public void checkFilterCallProperties(FilterCall call) {
        policyProperties.check(call, this);
    }
}
