package org.dynadeploy.lang.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.lang.validation.Suggestions;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Step;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Says what an unresolved name should have been and how to fix it, instead of Xtext's
 * "Couldn't resolve reference to Service 'x'.": the nearest visible name and where such names
 * are declared. The issue code stays Xtext's linking code, so the IDE's "change to" quick fix
 * keeps working; the issue data is the written name and the suggestion (if any).
 */
public class DynaDeployLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Inject
    private IScopeProvider scopeProvider;

    /** Candidate names per resource and reference: an unresolved proxy is re-reported on every access. */
    @Inject
    private IResourceScopeCache cache;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String name = context.getLinkText();
        if (type == ModelPackage.Literals.SERVICE) {
            return unknown("service", name, globalCandidates(context), "Declare it in a .services file or fix the name.");
        }
        if (type == ModelPackage.Literals.TARGET) {
            return unknown("target", name, globalCandidates(context), "Declare it in an .infra file or fix the name.");
        }
        if (type == ModelPackage.Literals.STEP) {
            return unknownStep(context, name);
        }
        return super.getUnresolvedProxyMessage(context);
    }

    private DiagnosticMessage unknownStep(ILinkingDiagnosticContext context, String name) {
        Policy policy = EcoreUtil2.getContainerOfType(context.getContext(), Policy.class);
        Step current = EcoreUtil2.getContainerOfType(context.getContext(), Step.class);
        Optional<Step> declared = policy == null ? Optional.empty()
                : policy.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst();
        if (declared.isPresent() && declared.get() == current) {
            return message("step '" + name + "' cannot use itself; use an earlier step, initial or previous", name, null);
        }
        if (declared.isPresent()) {
            return message("step '" + name + "' is declared after this use; a step can only use the steps before it: move '"
                    + name + "' up", name, null);
        }
        List<String> candidates = candidates(context);
        // 'initial' and 'previous' are keywords, but a misspelt one ends up here as a step name.
        candidates.add("initial");
        candidates.add("previous");
        return unknown("step", name, candidates, "Declare it with 'let " + name + " = ...' before this use or fix the name.");
    }

    private static DiagnosticMessage unknown(String kind, String name, List<String> candidates, String fix) {
        Optional<String> suggestion = Suggestions.nearest(name, candidates);
        return message("unknown " + kind + " '" + name + "'" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(".")
                + " " + fix, name, suggestion.orElse(null));
    }

    private static DiagnosticMessage message(String text, String name, String suggestion) {
        String[] data = suggestion == null ? new String[] { name } : new String[] { name, suggestion };
        return new DiagnosticMessage(text, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, data);
    }

    /** Global names do not depend on the context: compute them once per resource state. */
    private List<String> globalCandidates(ILinkingDiagnosticContext context) {
        EReference reference = context.getReference();
        return cache.get(Tuples.create(DynaDeployLinkingDiagnosticMessageProvider.class, reference),
                context.getContext().eResource(), () -> List.copyOf(candidates(context)));
    }

    /** The names the reference could have used: the elements of its scope. */
    private List<String> candidates(ILinkingDiagnosticContext context) {
        List<String> names = new ArrayList<>();
        try {
            IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
            for (IEObjectDescription description : scope.getAllElements()) {
                names.add(description.getName().toString());
            }
        } catch (RuntimeException e) {
            // A broken model may break scoping; the message is still useful without a suggestion.
        }
        return names;
    }
}
