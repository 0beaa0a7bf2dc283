package org.dynadeploy.lang.ide.contentassist;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.dynadeploy.lang.ide.text.NameSyntax;
import org.dynadeploy.model.Argument;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.policy.DivideStrategy;
import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.FilterSpec;
import org.dynadeploy.model.policy.ParameterKind;
import org.dynadeploy.model.policy.ParameterSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Completion where the grammar only knows "a name": filters and their parameters and values in
 * policies, service types, id pools, containers and property names. References (dependsOn,
 * mappings, step uses) are completed by Xtext from the scope. Punctuation keywords are not
 * offered: nobody completes a comma.
 */
public class DynaDeployProposalProvider extends IdeContentProposalProvider {

    @Inject
    private NameCandidates candidates;

    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        return Character.isLetter(keyword.getValue().charAt(0));
    }

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject model = context.getCurrentModel() != null ? context.getCurrentModel() : rootOf(context);
        if (model == null) {
            super._createProposals(assignment, context, acceptor);
            return;
        }
        String key = GrammarUtil.containingRule(assignment).getName() + "." + assignment.getFeature();
        Proposals proposals = new Proposals(context, acceptor);
        switch (key) {
            case "FilterCall.filter" -> proposeFilters(model, proposals);
            case "Argument.name" -> proposeArgumentNames(model, context, proposals);
            case "SymbolArgument.symbol" -> proposeArgumentValues(model, context, proposals);
            case "Service.type" -> proposals.names(candidates.serviceTypes(model), ContentAssistEntry.KIND_CLASS, "service type");
            case "Service.requiresIds", "ResourceIds.resource", "LastAssignment.resource" ->
                    candidates.idResources(model).forEach((name, detail) -> proposals.name(name, ContentAssistEntry.KIND_ENUM, detail));
            case "IdAssignment.service" -> proposals.names(candidates.services(model), ContentAssistEntry.KIND_VARIABLE, "service");
            case "TargetLastAssignments.target" -> proposals.names(candidates.targets(model), ContentAssistEntry.KIND_MODULE, "target");
            case "TargetMapping.container" -> proposeContainers(model, proposals);
            case "ContainerSelector.container" -> proposals.names(candidates.containers(model), ContentAssistEntry.KIND_MODULE, "container");
            case "PropertySelector.property", "Target.targetProperty" ->
                    proposals.names(candidates.targetProperties(model), ContentAssistEntry.KIND_PROPERTY, "target property");
            case "Property.name" -> proposePropertyNames(model, proposals);
            default -> super._createProposals(assignment, context, acceptor);
        }
    }

    private static EObject rootOf(ContentAssistContext context) {
        return context.getResource() == null || context.getResource().getContents().isEmpty() ? null
                : context.getResource().getContents().get(0);
    }

    private static void proposeFilters(EObject model, Proposals proposals) {
        for (FilterSpec filter : FilterCatalog.all()) {
            proposals.name(filter.name(), ContentAssistEntry.KIND_FUNCTION, filter.summary());
        }
        Policy policy = EcoreUtil2.getContainerOfType(model, Policy.class);
        if (policy != null) {
            for (CustomFilter filter : policy.getFilters()) {
                if (filter.getName() != null) {
                    proposals.name(filter.getName(), ContentAssistEntry.KIND_FUNCTION, "custom filter");
                }
            }
        }
    }

    private static void proposeArgumentNames(EObject model, ContentAssistContext context, Proposals proposals) {
        Optional<FilterSpec> filter = callSite(context).flatMap(site -> FilterCatalog.lookup(site.filter()));
        if (filter.isEmpty()) {
            return;
        }
        Set<String> given = new HashSet<>();
        FilterCall call = model instanceof FilterCall c ? c : EcoreUtil2.getContainerOfType(model, FilterCall.class);
        if (call != null) {
            call.getArguments().stream().map(Argument::getName).forEach(given::add);
        }
        for (ParameterSpec parameter : filter.get().parameters()) {
            if (!given.contains(parameter.name())) {
                proposals.entry(parameter.name(), parameter.name() + ": ", ContentAssistEntry.KIND_PROPERTY,
                        parameter.description());
            }
        }
    }

    private void proposeArgumentValues(EObject model, ContentAssistContext context, Proposals proposals) {
        Optional<CallSite> site = callSite(context);
        Optional<ParameterSpec> parameter = site.flatMap(s -> s.argument().flatMap(
                argument -> FilterCatalog.lookup(s.filter()).flatMap(f -> f.parameter(argument))));
        if (parameter.isEmpty()) {
            return;
        }
        if (parameter.get().kind() == ParameterKind.STRATEGY) {
            proposals.names(DivideStrategy.literals(), ContentAssistEntry.KIND_ENUM, "strategy");
        } else if (parameter.get().kind() == ParameterKind.PROPERTY_OF_SERVICE) {
            proposals.names(candidates.serviceProperties(model), ContentAssistEntry.KIND_PROPERTY, "service property");
        } else {
            proposals.names(candidates.targetProperties(model), ContentAssistEntry.KIND_PROPERTY, "target property");
        }
    }

    private void proposeContainers(EObject model, Proposals proposals) {
        TargetMapping mapping = model instanceof TargetMapping m ? m : EcoreUtil2.getContainerOfType(model, TargetMapping.class);
        Collection<String> names = mapping != null && mapping.getTarget() != null && !mapping.getTarget().eIsProxy()
                ? candidates.containersOf(mapping.getTarget()) : candidates.containers(model);
        proposals.names(names, ContentAssistEntry.KIND_MODULE, "container");
    }

    /** Properties other services (or targets) have, which this one does not have yet. */
    private void proposePropertyNames(EObject model, Proposals proposals) {
        Service service = EcoreUtil2.getContainerOfType(model, Service.class);
        Target target = EcoreUtil2.getContainerOfType(model, Target.class);
        if (service != null) {
            Set<String> names = new java.util.TreeSet<>(candidates.genericServiceProperties(model));
            service.getProperties().stream().map(Property::getName).forEach(names::remove);
            proposals.names(names, ContentAssistEntry.KIND_PROPERTY, "service property");
        } else if (target != null) {
            Set<String> names = new java.util.TreeSet<>(candidates.targetProperties(model));
            target.getProperties().stream().map(Property::getName).forEach(names::remove);
            proposals.names(names, ContentAssistEntry.KIND_PROPERTY, "target property");
        }
    }

    private static Optional<CallSite> callSite(ContentAssistContext context) {
        String text = context.getRootNode().getText();
        return CallSite.at(text, context.getOffset() - context.getPrefix().length());
    }

    /** Creates entries for one completion request; names are written the way the language needs. */
    private final class Proposals {

        private final ContentAssistContext context;
        private final IIdeContentProposalAcceptor acceptor;

        Proposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
            this.context = context;
            this.acceptor = acceptor;
        }

        void names(Collection<String> names, String kind, String detail) {
            names.forEach(name -> name(name, kind, detail));
        }

        void name(String name, String kind, String detail) {
            entry(name, NameSyntax.of((XtextResource) context.getResource(), name), kind, detail);
        }

        void entry(String label, String insert, String kind, String detail) {
            ContentAssistEntry entry = getProposalCreator().createProposal(insert, context, kind, e -> {
                e.setLabel(label);
                e.setDescription(detail);
            });
            if (entry != null) {
                // Names the model knows are likelier than keywords at the same place.
                acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 10);
            }
        }
    }
}
