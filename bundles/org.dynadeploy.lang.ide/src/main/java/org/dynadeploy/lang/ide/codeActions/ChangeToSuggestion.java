package org.dynadeploy.lang.ide.codeActions;

import java.util.List;
import java.util.Set;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.NameSyntax;
import org.dynadeploy.lang.validation.IssueCodes;
import org.dynadeploy.model.ModelPackage;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * "Did you mean": replaces a misspelt name by the validator's suggestion. Every "unknown name"
 * issue carries the written name and the suggestion as its data, so one fix serves them all.
 */
public class ChangeToSuggestion implements QuickFix {

    /** The issue codes whose second datum is a suggested replacement. */
    public static final Set<String> CODES = Set.of(IssueCodes.UNRESOLVED_REFERENCE, IssueCodes.UNKNOWN_FILTER,
            IssueCodes.UNKNOWN_PARAMETER, IssueCodes.UNKNOWN_STRATEGY, IssueCodes.UNKNOWN_SERVICE_PROPERTY,
            IssueCodes.UNKNOWN_TARGET_PROPERTY, IssueCodes.UNKNOWN_ID_RESOURCE, IssueCodes.UNKNOWN_CONTAINER,
            IssueCodes.UNKNOWN_SELECTOR_CONTAINER, IssueCodes.UNKNOWN_SELECTOR_PROPERTY);

    /** Sources a step reference may also be, which are keywords and must stay unquoted. */
    private static final Set<String> SOURCE_KEYWORDS = Set.of("initial", "previous");

    @Override
    public List<CodeAction> fixes(FixContext context, Diagnostic diagnostic) {
        String suggestion = DiagnosticData.get(diagnostic, 1);
        if (suggestion.isEmpty()) {
            return List.of();
        }
        String text = isStepKeyword(context, diagnostic, suggestion) ? suggestion
                : NameSyntax.of(context.resource(), suggestion);
        Edit edit = Edit.replace(context.startOffset(diagnostic), context.endOffset(diagnostic), text);
        return List.of(CodeActions.preferred("Change to '" + suggestion + "'", diagnostic,
                context.editOfThisDocument(List.of(edit))));
    }

    private static boolean isStepKeyword(FixContext context, Diagnostic diagnostic, String suggestion) {
        return SOURCE_KEYWORDS.contains(suggestion) && context.crossReferenceNodeAt(diagnostic)
                .flatMap(FixContext::referenceOf)
                .map(reference -> reference.getEReferenceType() == ModelPackage.Literals.STEP)
                .orElse(false);
    }
}
