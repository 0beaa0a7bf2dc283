package org.dynadeploy.lang.ide.codeActions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.SourceText;
import org.dynadeploy.lang.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Removes the element a "duplicate" issue is reported on: a list entry with its comma, a
 * statement with its lines, a repeated clause with its keyword. Each of a pair is reported, so
 * the user picks which one goes.
 */
public class RemoveDuplicate implements QuickFix {

    /** What each duplicate issue is about, for the fix's title. */
    public static final Map<String, String> CODES = Map.ofEntries(
            Map.entry(IssueCodes.DUPLICATE_DEPENDENCY, "dependency"),
            Map.entry(IssueCodes.DUPLICATE_PROPERTY, "property"),
            Map.entry(IssueCodes.DUPLICATE_ARGUMENT, "argument"),
            Map.entry(IssueCodes.DUPLICATE_MAPPING_TARGET, "target"),
            Map.entry(IssueCodes.DUPLICATE_MAPPING, "mapping"),
            Map.entry(IssueCodes.DUPLICATE_SERVICE, "service"),
            Map.entry(IssueCodes.DUPLICATE_TARGET, "target"),
            Map.entry(IssueCodes.DUPLICATE_CONTAINER, "container"),
            Map.entry(IssueCodes.DUPLICATE_AUGMENTATION, "augmentation rule"),
            Map.entry(IssueCodes.DUPLICATE_ID_RESOURCE, "id pool"),
            Map.entry(IssueCodes.DUPLICATE_STEP, "step"),
            Map.entry(IssueCodes.DUPLICATE_CUSTOM_FILTER, "filter"),
            Map.entry(IssueCodes.DUPLICATE_ID_ASSIGNMENT, "id assignment"),
            Map.entry(IssueCodes.DUPLICATE_LAST_ASSIGNMENT, "last assignment"),
            Map.entry(IssueCodes.DUPLICATE_RESOURCE_IDS, "ids block"),
            Map.entry(IssueCodes.DUPLICATE_TARGET_ASSIGNMENTS, "target block"),
            Map.entry(IssueCodes.DUPLICATE_CLAUSE, "clause"));

    @Override
    public List<CodeAction> fixes(FixContext context, Diagnostic diagnostic) {
        String code = DiagnosticData.code(diagnostic);
        Optional<Edit> removal = switch (code) {
            case IssueCodes.DUPLICATE_DEPENDENCY -> listEntryAt(context, diagnostic);
            case IssueCodes.DUPLICATE_CLAUSE -> clauseAt(context, diagnostic);
            default -> elementAt(context, diagnostic);
        };
        if (removal.isEmpty()) {
            return List.of();
        }
        String name = DiagnosticData.get(diagnostic, 0);
        String title = "Remove duplicate " + CODES.getOrDefault(code, "element") + (name.isEmpty() ? "" : " '" + name + "'");
        return List.of(CodeActions.quickFix(title, diagnostic, context.editOfThisDocument(List.of(removal.get()))));
    }

    /** The reported entry of a reference list (e.g. the second 'b' in 'dependsOn b, b'). */
    private static Optional<Edit> listEntryAt(FixContext context, Diagnostic diagnostic) {
        int start = context.startOffset(diagnostic);
        int end = context.endOffset(diagnostic);
        return Optional.ofNullable(context.source().removeListElement(start, end));
    }

    /** A clause written twice: its value (or flag keyword) and the keyword before it. */
    private static Optional<Edit> clauseAt(FixContext context, Diagnostic diagnostic) {
        int start = context.startOffset(diagnostic);
        int end = context.endOffset(diagnostic);
        ICompositeNode root = context.resource().getParseResult().getRootNode();
        ILeafNode first = NodeModelUtils.findLeafNodeAtOffset(root, start);
        if (first != null && !(first.getGrammarElement() instanceof Keyword)) {
            ILeafNode keyword = previousVisibleLeaf(first);
            if (keyword != null && keyword.getGrammarElement() instanceof Keyword) {
                start = keyword.getOffset();
            }
        }
        return Optional.of(context.source().removeStatement(start, end));
    }

    private static ILeafNode previousVisibleLeaf(ILeafNode leaf) {
        INode current = leaf;
        while ((current = NodeModelUtils.findLeafNodeAtOffset(leaf.getRootNode(), current.getTotalOffset() - 1)) != null) {
            if (current instanceof ILeafNode candidate && !candidate.isHidden()) {
                return candidate;
            }
            if (current.getTotalOffset() == 0) {
                return null;
            }
        }
        return null;
    }

    /** The element the issue is on: a list entry with its comma, or a statement with its lines. */
    private static Optional<Edit> elementAt(FixContext context, Diagnostic diagnostic) {
        EObject element = context.elementAt(diagnostic);
        INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return Optional.empty();
        }
        SourceText source = context.source();
        int start = node.getOffset();
        int end = node.getEndOffset();
        Edit listRemoval = source.removeListElement(start, end);
        return Optional.of(listRemoval != null ? listRemoval : source.removeStatement(start, end));
    }
}
