package org.dynadeploy.lang.ide.semantictokens;

import java.util.Map;

import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;

/**
 * What a name means, by where the grammar assigns it ({@code Rule.feature}) or what a
 * cross-reference points to, as LSP semantic token types and modifiers. The one table of colours.
 */
final class TokenRoles {

    /** A token type and its modifiers (LSP names). */
    record Role(String type, String... modifiers) {

        String[] ids() {
            String[] ids = new String[modifiers.length + 1];
            ids[0] = type;
            System.arraycopy(modifiers, 0, ids, 1, modifiers.length);
            return ids;
        }
    }

    private static final String DECLARATION = SemanticTokenModifiers.Declaration;

    static final Role KEYWORD = new Role(SemanticTokenTypes.Keyword);
    static final Role COMMENT = new Role(SemanticTokenTypes.Comment);
    static final Role STRING = new Role(SemanticTokenTypes.String);
    static final Role NUMBER = new Role(SemanticTokenTypes.Number);
    static final Role PROPERTY = new Role(SemanticTokenTypes.Property);
    static final Role SERVICE = new Role(SemanticTokenTypes.Variable);
    static final Role TARGET = new Role(SemanticTokenTypes.Class);
    static final Role STEP = new Role(SemanticTokenTypes.Variable, SemanticTokenModifiers.Readonly);
    static final Role REFERENCE_FILTER = new Role(SemanticTokenTypes.Function, SemanticTokenModifiers.DefaultLibrary);
    static final Role FILTER = new Role(SemanticTokenTypes.Function);
    static final Role STRATEGY = new Role(SemanticTokenTypes.EnumMember);
    static final Role PARAMETER = new Role(SemanticTokenTypes.Parameter);

    /** Names by the rule and feature that assign them. */
    private static final Map<String, Role> BY_ASSIGNMENT = Map.ofEntries(
            Map.entry("Service.name", new Role(SemanticTokenTypes.Variable, DECLARATION)),
            Map.entry("Service.type", new Role(SemanticTokenTypes.Type)),
            Map.entry("Service.requiresIds", new Role(SemanticTokenTypes.Enum)),
            Map.entry("Group.name", new Role(SemanticTokenTypes.Namespace, DECLARATION)),
            Map.entry("Target.name", new Role(SemanticTokenTypes.Class, DECLARATION)),
            Map.entry("Target.targetProperty", PROPERTY),
            Map.entry("Container.name", new Role(SemanticTokenTypes.Type, DECLARATION)),
            Map.entry("AugmentationRule.name", new Role(SemanticTokenTypes.Decorator, DECLARATION)),
            Map.entry("ContainerSelector.container", new Role(SemanticTokenTypes.Type)),
            Map.entry("PropertySelector.property", PROPERTY),
            Map.entry("Policy.name", new Role(SemanticTokenTypes.Namespace, DECLARATION)),
            Map.entry("CustomFilter.name", new Role(SemanticTokenTypes.Function, DECLARATION)),
            Map.entry("Step.name", new Role(SemanticTokenTypes.Variable, DECLARATION, SemanticTokenModifiers.Readonly)),
            Map.entry("Argument.name", PARAMETER),
            Map.entry("IdResource.name", new Role(SemanticTokenTypes.Enum, DECLARATION)),
            Map.entry("ResourceIds.resource", new Role(SemanticTokenTypes.Enum)),
            Map.entry("IdAssignment.service", SERVICE),
            Map.entry("LastAssignment.resource", new Role(SemanticTokenTypes.Enum)),
            Map.entry("TargetLastAssignments.target", TARGET),
            Map.entry("TargetMapping.container", new Role(SemanticTokenTypes.Type)),
            Map.entry("Property.name", PROPERTY),
            Map.entry("DocsConfig.fields", PROPERTY),
            Map.entry("FieldHeader.field", PROPERTY));

    private TokenRoles() {
    }

    static Role ofAssignment(String rule, String feature) {
        return BY_ASSIGNMENT.get(rule + "." + feature);
    }

    /** References are coloured like what they point to. */
    static Role ofReference(EClass type) {
        if (type == ModelPackage.Literals.SERVICE) return SERVICE;
        if (type == ModelPackage.Literals.TARGET) return TARGET;
        if (type == ModelPackage.Literals.STEP) return STEP;
        return null;
    }
}
