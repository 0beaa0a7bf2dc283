package org.dynadeploy.lang.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.Edits;
import org.dynadeploy.lang.ide.text.NameSyntax;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.StepReference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Renames what only its own policy can see: steps (used by step references) and custom filters
 * (called by name). Xtext's rename follows names in the index, which local elements are not in,
 * so it would rename the declaration and leave its uses behind.
 */
final class LocalRename {

    private LocalRename() {
    }

    /** The edit renaming the step or custom filter at {@code offset}, or empty for anything else. */
    static Optional<WorkspaceEdit> at(XtextResource resource, Document document, String uri, int offset, String newName) {
        EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
        EObject element = helper.resolveElementAt(resource, offset);
        if (element instanceof FilterCall call) {
            element = customFilter(call).orElse(null);
        }
        List<INode> nodes = new ArrayList<>();
        if (element instanceof Step step) {
            nodes.addAll(nameNodes(step, ModelPackage.Literals.NAMED__NAME));
            Policy policy = EcoreUtil2.getContainerOfType(step, Policy.class);
            for (StepReference use : EcoreUtil2.getAllContentsOfType(policy, StepReference.class)) {
                if (use.getStep() == step) {
                    nodes.addAll(nameNodes(use, ModelPackage.Literals.STEP_REFERENCE__STEP));
                }
            }
        } else if (element instanceof CustomFilter filter) {
            nodes.addAll(nameNodes(filter, ModelPackage.Literals.NAMED__NAME));
            for (FilterCall call : EcoreUtil2.getAllContentsOfType(EcoreUtil2.getContainerOfType(filter, Policy.class), FilterCall.class)) {
                if (filter.getName().equals(call.getFilter())) {
                    nodes.addAll(nameNodes(call, ModelPackage.Literals.FILTER_CALL__FILTER));
                }
            }
        } else {
            return Optional.empty();
        }
        String text = NameSyntax.of(resource, newName);
        List<Edit> edits = nodes.stream().map(node -> Edit.replace(node.getOffset(), node.getEndOffset(), text)).toList();
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setChanges(new java.util.HashMap<>(java.util.Map.of(uri, Edits.toTextEdits(document, edits))));
        return Optional.of(edit);
    }

    private static Optional<CustomFilter> customFilter(FilterCall call) {
        Policy policy = EcoreUtil2.getContainerOfType(call, Policy.class);
        return policy == null ? Optional.empty()
                : policy.getFilters().stream().filter(f -> f.getName() != null && f.getName().equals(call.getFilter())).findFirst();
    }

    private static List<INode> nameNodes(EObject owner, EStructuralFeature feature) {
        return NodeModelUtils.findNodesForFeature(owner, feature);
    }
}
