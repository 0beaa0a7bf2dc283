package org.dynadeploy.lang.ide.semantictokens;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.SymbolArgument;
import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.ParameterKind;
import org.dynadeploy.model.policy.ParameterSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Semantic tokens for every DynaDeploy language: keywords, comments, strings and numbers from the
 * token stream, and names by what they declare or reference (services, targets, filters,
 * properties, ...). One pass over the leaves of the parse tree; tokens never span lines, since
 * most clients cannot draw multi-line tokens.
 */
public class DynaDeploySemanticHighlighter implements ISemanticHighlightingCalculator {

    @Inject
    private org.eclipse.xtext.service.OperationCanceledManager cancelManager;

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        String text = resource.getParseResult().getRootNode().getText();
        int count = 0;
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if ((++count & 1023) == 0) {
                cancelManager.checkCanceled(cancelIndicator);
            }
            TokenRoles.Role role = roleOf(leaf);
            if (role != null) {
                acceptPerLine(acceptor, text, leaf.getOffset(), visibleLength(leaf), role);
            }
        }
    }

    private static TokenRoles.Role roleOf(ILeafNode leaf) {
        EObject grammarElement = leaf.getGrammarElement();
        if (leaf.isHidden()) {
            return grammarElement instanceof TerminalRule rule && rule.getName().endsWith("COMMENT") ? TokenRoles.COMMENT : null;
        }
        if (grammarElement instanceof Keyword keyword) {
            return keywordRole(keyword);
        }
        if (grammarElement instanceof EnumLiteralDeclaration) {
            return TokenRoles.KEYWORD; // java, program, env, secret, global, machine
        }
        TokenRoles.Role named = nameRole(leaf);
        if (named != null) {
            return named;
        }
        if (grammarElement instanceof RuleCall call) {
            String rule = call.getRule().getName();
            if ("STRING".equals(rule)) return TokenRoles.STRING;
            if ("INT".equals(rule)) return TokenRoles.NUMBER;
        }
        return null;
    }

    /** Word keywords; the sign and point of a number are part of the number. */
    private static TokenRoles.Role keywordRole(Keyword keyword) {
        AbstractRule rule = GrammarUtil.containingRule(keyword);
        if (rule != null && ("Long".equals(rule.getName()) || "Double".equals(rule.getName()))) {
            return TokenRoles.NUMBER;
        }
        return Character.isLetter(keyword.getValue().charAt(0)) ? TokenRoles.KEYWORD : null;
    }

    /** The role of the name the leaf belongs to: found on the way up to its assignment. */
    private static TokenRoles.Role nameRole(ILeafNode leaf) {
        for (INode node = leaf; node != null; node = node.getParent()) {
            EObject grammarElement = node.getGrammarElement();
            if (grammarElement == null) {
                continue;
            }
            CrossReference crossReference = grammarElement instanceof CrossReference c ? c
                    : GrammarUtil.containingCrossReference(grammarElement);
            if (crossReference != null) {
                EReference reference = GrammarUtil.getReference(crossReference);
                return reference == null ? null : TokenRoles.ofReference(reference.getEReferenceType());
            }
            Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
            if (assignment != null) {
                return assignmentRole(assignment, leaf);
            }
        }
        return null;
    }

    private static TokenRoles.Role assignmentRole(Assignment assignment, ILeafNode leaf) {
        String rule = GrammarUtil.containingRule(assignment).getName();
        String feature = assignment.getFeature();
        if ("FilterCall".equals(rule) && "filter".equals(feature)) {
            EObject call = NodeModelUtils.findActualSemanticObjectFor(leaf);
            boolean custom = call instanceof FilterCall f && isCustom(f);
            return custom || !FilterCatalog.isReferenceFilter(leaf.getText()) ? TokenRoles.FILTER : TokenRoles.REFERENCE_FILTER;
        }
        if ("SymbolArgument".equals(rule)) {
            return symbolRole(NodeModelUtils.findActualSemanticObjectFor(leaf));
        }
        return TokenRoles.ofAssignment(rule, feature);
    }

    private static boolean isCustom(FilterCall call) {
        org.dynadeploy.model.Policy policy = org.eclipse.xtext.EcoreUtil2.getContainerOfType(call, org.dynadeploy.model.Policy.class);
        return policy != null && policy.getFilters().stream().anyMatch(f -> call.getFilter().equals(f.getName()));
    }

    /** A bare argument value names a property, or is a strategy. */
    private static TokenRoles.Role symbolRole(EObject symbol) {
        if (symbol instanceof SymbolArgument && symbol.eContainer() instanceof Argument argument
                && argument.eContainer() instanceof FilterCall call) {
            boolean strategy = FilterCatalog.lookup(call.getFilter()).flatMap(f -> f.parameter(argument.getName()))
                    .map(ParameterSpec::kind).map(kind -> kind == ParameterKind.STRATEGY).orElse(false);
            return strategy ? TokenRoles.STRATEGY : TokenRoles.PROPERTY;
        }
        return TokenRoles.PROPERTY;
    }

    /** A single-line comment's token includes its line break; the break is not coloured. */
    private static int visibleLength(ILeafNode leaf) {
        String text = leaf.getText();
        int length = text.length();
        while (length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r')) {
            length--;
        }
        return length;
    }

    private static void acceptPerLine(IHighlightedPositionAcceptor acceptor, String text, int offset, int length,
            TokenRoles.Role role) {
        int start = offset;
        int end = offset + length;
        while (start < end) {
            int newline = text.indexOf('\n', start);
            int lineEnd = newline < 0 || newline >= end ? end : newline;
            int visibleEnd = lineEnd > start && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (visibleEnd > start) {
                acceptor.addPosition(start, visibleEnd - start, role.ids());
            }
            start = lineEnd + 1;
        }
    }
}
