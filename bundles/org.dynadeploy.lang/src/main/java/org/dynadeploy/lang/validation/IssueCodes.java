package org.dynadeploy.lang.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The stable codes of every DynaDeploy validation issue. Quick fixes, tests and tools match on
 * these, never on message text; a code, once published, keeps its meaning.
 */
public final class IssueCodes {

    private static final String PREFIX = "org.dynadeploy.";

    // ----- every language
    /** A model file without a single element. Warning. */
    public static final String EMPTY_MODEL = PREFIX + "emptyModel";
    /** Two properties of one name in one element (service, target, container, rule, attribute set). */
    public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
    /** env(..)/secret(..) outside the properties of an augmentation rule. */
    public static final String SECRET_OUTSIDE_AUGMENTATION = PREFIX + "secretOutsideAugmentation";
    /** A generic property named like an attribute that has its own syntax. Data: the property name. */
    public static final String RESERVED_PROPERTY = PREFIX + "reservedProperty";
    /** A known dydisnix attribute with a value of the wrong type. */
    public static final String WRONG_PROPERTY_TYPE = PREFIX + "wrongPropertyType";
    /** A clause that may appear once (description, cores, docs, ...) written twice: the parser keeps only the last. */
    public static final String DUPLICATE_CLAUSE = PREFIX + "duplicateClause";
    /** An unresolved cross-reference (service, target, step); Xtext's own code, so its quick fixes apply. */
    public static final String UNRESOLVED_REFERENCE = Diagnostic.LINKING_DIAGNOSTIC;

    // ----- services
    /** Two services of one name in the loaded models (names are global). */
    public static final String DUPLICATE_SERVICE = PREFIX + "duplicateService";
    /** Two sibling groups of one name. */
    public static final String DUPLICATE_GROUP = PREFIX + "duplicateGroup";
    /** A service on a dependsOn cycle. Data: the service names of the cycle, in order. */
    public static final String DEPENDS_ON_CYCLE = PREFIX + "dependsOnCycle";
    /** The same service twice in one dependsOn or connectsTo clause. Warning. */
    public static final String DUPLICATE_DEPENDENCY = PREFIX + "duplicateDependency";
    /** An id resource name (ids clause, ids model) that no loaded id resources model defines. Data: the name, a suggestion. */
    public static final String UNKNOWN_ID_RESOURCE = PREFIX + "unknownIdResource";

    // ----- infrastructure
    /** Two targets of one name in the loaded models (names are global). */
    public static final String DUPLICATE_TARGET = PREFIX + "duplicateTarget";
    /** Two containers of one name in one target or augmentation rule. */
    public static final String DUPLICATE_CONTAINER = PREFIX + "duplicateContainer";
    /** Two augmentation rules of one name in one file. */
    public static final String DUPLICATE_AUGMENTATION = PREFIX + "duplicateAugmentation";
    /** A container selector naming a container no target has. Warning. */
    public static final String UNKNOWN_SELECTOR_CONTAINER = PREFIX + "unknownSelectorContainer";
    /** A property selector naming a property no target has. Warning. */
    public static final String UNKNOWN_SELECTOR_PROPERTY = PREFIX + "unknownSelectorProperty";
    /** A target whose targetProperty names a property it does not have. Warning. */
    public static final String MISSING_TARGET_IDENTIFIER = PREFIX + "missingTargetIdentifier";
    /** Two targets with the same identifying property value (Disnix cannot tell them apart). Warning. */
    public static final String DUPLICATE_TARGET_IDENTIFIER = PREFIX + "duplicateTargetIdentifier";
    /** cores 0. */
    public static final String INVALID_CORES = PREFIX + "invalidCores";

    // ----- QoS policies
    /** Two policies of one name in the loaded models. */
    public static final String DUPLICATE_POLICY = PREFIX + "duplicatePolicy";
    /** A call of a filter that is neither a reference filter nor declared. Data: the name, a suggestion. */
    public static final String UNKNOWN_FILTER = PREFIX + "unknownFilter";
    /** A required filter parameter that the call does not give. Data: the parameter name. */
    public static final String MISSING_PARAMETER = PREFIX + "missingParameter";
    /** An argument name the filter does not take. Data: the name, a suggestion. */
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    /** The same argument twice in one call. */
    public static final String DUPLICATE_ARGUMENT = PREFIX + "duplicateArgument";
    /** A filter that transforms a distribution, called without one. */
    public static final String MISSING_INPUT = PREFIX + "missingInput";
    /** A filter that takes no distribution (graphcol), called with one. */
    public static final String UNEXPECTED_INPUT = PREFIX + "unexpectedInput";
    /** A divide strategy other than greedy, highest-bidder, lowest-bidder. Data: the value, a suggestion. */
    public static final String UNKNOWN_STRATEGY = PREFIX + "unknownStrategy";
    public static final String UNKNOWN_CHOICE = PREFIX + "unknownChoice";
    /** An argument of the wrong kind (a number where a name is needed). */
    public static final String WRONG_ARGUMENT_TYPE = PREFIX + "wrongArgumentType";
    /** Two steps of one name in a policy. */
    public static final String DUPLICATE_STEP = PREFIX + "duplicateStep";
    /** A step that nothing uses. Warning. */
    public static final String UNUSED_STEP = PREFIX + "unusedStep";
    /** Two custom filters of one name in a policy. */
    public static final String DUPLICATE_CUSTOM_FILTER = PREFIX + "duplicateCustomFilter";
    /** A custom filter named like a reference filter, which it hides. Warning. */
    public static final String CUSTOM_FILTER_SHADOWS_REFERENCE = PREFIX + "customFilterShadowsReference";
    /** A custom filter that no call uses. Warning. */
    public static final String UNUSED_CUSTOM_FILTER = PREFIX + "unusedCustomFilter";
    /** A custom filter with an empty class name, service id or program path. */
    public static final String EMPTY_FILTER_IMPLEMENTATION = PREFIX + "emptyFilterImplementation";
    /** A program filter with a relative path. Warning. */
    public static final String RELATIVE_PROGRAM_PATH = PREFIX + "relativeProgramPath";
    /** A service property that no loaded service has. Warning. Data: the name, a suggestion. */
    public static final String UNKNOWN_SERVICE_PROPERTY = PREFIX + "unknownServiceProperty";
    /** A target property that no loaded target (or augmentation rule) has. Warning. Data: the name, a suggestion. */
    public static final String UNKNOWN_TARGET_PROPERTY = PREFIX + "unknownTargetProperty";
    /** A property some services or targets lack, which dydisnix fails on. Warning. */
    public static final String PROPERTY_MISSING = PREFIX + "propertyMissing";
    /** A property read as a number (divide, minsetcover) with a non-numeric value somewhere. */
    public static final String PROPERTY_NOT_NUMBER = PREFIX + "propertyNotNumber";
    /** An order property whose values cannot be compared (not numbers or strings, or mixed). */
    public static final String PROPERTY_NOT_ORDERABLE = PREFIX + "propertyNotOrderable";
    /** A property read as a list (mapAttrOnList, mapListOnAttr) that is not a list somewhere. Warning. */
    public static final String PROPERTY_NOT_LIST = PREFIX + "propertyNotList";

    // ----- id resources
    /** Two id resources of one name in the loaded models. */
    public static final String DUPLICATE_ID_RESOURCE = PREFIX + "duplicateIdResource";
    /** A pool whose min is greater than its max. */
    public static final String POOL_RANGE = PREFIX + "poolRange";
    /** A pool step below 1. */
    public static final String POOL_STEP = PREFIX + "poolStep";
    /** A pool with negative ids. Warning. */
    public static final String NEGATIVE_ID = PREFIX + "negativeId";

    // ----- distributions
    /** Two mappings of one service in one distribution. */
    public static final String DUPLICATE_MAPPING = PREFIX + "duplicateMapping";
    /** The same target (and container) twice in one mapping. Warning. */
    public static final String DUPLICATE_MAPPING_TARGET = PREFIX + "duplicateMappingTarget";
    /** A mapping into a container its target does not declare. Warning. Data: container, suggestion. */
    public static final String UNKNOWN_CONTAINER = PREFIX + "unknownContainer";

    // ----- ids
    /** Two ids for one service in one resource. */
    public static final String DUPLICATE_ID_ASSIGNMENT = PREFIX + "duplicateIdAssignment";
    /** Two 'ids R { }' blocks for one resource. Warning. */
    public static final String DUPLICATE_RESOURCE_IDS = PREFIX + "duplicateResourceIds";
    /** Two last assignments for one resource (globally or within one target). */
    public static final String DUPLICATE_LAST_ASSIGNMENT = PREFIX + "duplicateLastAssignment";
    /** Two 'target T { }' blocks for one target. Warning. */
    public static final String DUPLICATE_TARGET_ASSIGNMENTS = PREFIX + "duplicateTargetAssignments";
    /** An id outside its resource's pool. Warning. */
    public static final String ID_OUTSIDE_POOL = PREFIX + "idOutsidePool";
    /** One id of a global resource given to two services. Warning. */
    public static final String DUPLICATE_ID_VALUE = PREFIX + "duplicateIdValue";

    private IssueCodes() {
    }
}
