package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.ContainerSelector;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.PropertySelector;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Rules of infrastructure models: unique names, target attributes, identifiers and augmentation selectors. */
public class InfrastructureValidator extends AbstractInfrastructureValidator {

    /** Disnix's default name of the property that identifies a target. */
    static final String DEFAULT_TARGET_PROPERTY = "hostname";

    /** Target attributes with their own syntax, and how to write them. */
    private static final Map<String, String> DEDICATED = Map.of(
            "system", "write system \"x86_64-linux\"",
            "numOfCores", "write cores 2",
            "cores", "write cores 2",
            "clientInterface", "write clientInterface \"disnix-ssh-client\"",
            "targetProperty", "write targetProperty hostname");

    @Inject
    private GlobalNames globalNames;

    @Inject
    private ModelIndex index;

    @Check(CheckType.NORMAL)
    public void checkUniqueTargetNames(InfrastructureModel model) {
        globalNames.checkTargets(model, this);
    }

    @Check
    public void checkUniqueRuleNames(InfrastructureModel model) {
        Duplicates.forEach(model.getAugmentations(), AugmentationRule::getName, (rule, other) -> error(
                "duplicate augmentation rule '" + rule.getName() + "' (also " + Locations.of(other, rule)
                        + "); rename one so messages can tell them apart",
                rule, ModelPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_AUGMENTATION, rule.getName()));
    }

    @Check
    public void checkUniqueContainers(Target target) {
        checkUniqueContainers(target.getContainers(), "target '" + target.getName() + "'");
    }

    @Check
    public void checkUniqueContainers(AugmentationRule rule) {
        checkUniqueContainers(rule.getContainers(), "augmentation rule '" + rule.getName() + "'");
    }

    private void checkUniqueContainers(List<Container> containers, String owner) {
        Duplicates.forEach(containers, Container::getName, (container, other) -> error(
                "container '" + container.getName() + "' is declared twice in " + owner + " (also "
                        + Locations.of(other, container) + "); merge their properties into one block",
                container, ModelPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_CONTAINER, container.getName()));
    }

    @Check
    public void checkProperties(Target target) {
        for (Property property : target.getProperties()) {
            String hint = DEDICATED.get(property.getName());
            if (hint != null) {
                warning("'" + property.getName() + "' here is a generic property, not the target's attribute: " + hint,
                        property, ModelPackage.Literals.PROPERTY__NAME, IssueCodes.RESERVED_PROPERTY, property.getName());
            }
        }
        String identifier = identifierProperty(target);
        Optional<Value> value = Properties.get(target.getProperties(), identifier);
        if (value.isPresent() && !(value.get() instanceof StringValue)) {
            Property property = lastProperty(target, identifier);
            warning("'" + identifier + "' identifies the target for Disnix and should be a string, not "
                    + Values.typeName(value.get()), property, ModelPackage.Literals.PROPERTY__VALUE,
                    IssueCodes.WRONG_PROPERTY_TYPE, identifier);
        }
    }

    @Check
    public void checkCores(Target target) {
        if (target.getNumOfCores() != null && target.getNumOfCores() < 1) {
            error("a target needs at least one core; write cores 1 or more (Disnix's default is 1)", target,
                    ModelPackage.Literals.TARGET__NUM_OF_CORES, IssueCodes.INVALID_CORES);
        }
    }

    @Check(CheckType.NORMAL)
    public void checkIdentifierPresent(Target target) {
        if (target.getTargetProperty() == null) {
            return; // the default hostname may come from discovery
        }
        Augmentations augmentations = Augmentations.of(index.roots(target, InfrastructureModel.class));
        if (!augmentations.hasProperty(target, target.getTargetProperty())) {
            warning("target '" + target.getName() + "' is identified by its property '" + target.getTargetProperty()
                    + "', but has no such property" + Suggestions.endOfSentence(target.getTargetProperty(), propertyNames(target))
                    + " Add the property or fix targetProperty", target, ModelPackage.Literals.TARGET__TARGET_PROPERTY,
                    IssueCodes.MISSING_TARGET_IDENTIFIER, target.getTargetProperty());
        }
    }

    @Check(CheckType.NORMAL)
    public void checkUniqueIdentifiers(InfrastructureModel model) {
        List<Target> identified = new ArrayList<>();
        for (Target target : index.targets(model)) {
            if (Properties.get(target.getProperties(), identifierProperty(target)).orElse(null) instanceof StringValue) {
                identified.add(target);
            }
        }
        Duplicates.forEach(identified, InfrastructureValidator::identifier, (target, other) -> {
            if (target.eResource() == model.eResource()) {
                String property = identifierProperty(target);
                warning("targets '" + target.getName() + "' and '" + other.getName() + "' have the same " + property + " '"
                        + identifier(target) + "'; Disnix addresses targets by it and cannot tell them apart",
                        lastProperty(target, property), ModelPackage.Literals.PROPERTY__VALUE,
                        IssueCodes.DUPLICATE_TARGET_IDENTIFIER, identifier(target));
            }
        });
    }

    @Check(CheckType.NORMAL)
    public void checkSelector(ContainerSelector selector) {
        List<Target> targets = index.targets(selector);
        if (targets.isEmpty()) {
            return; // the targets are discovered at run time: nothing to check against
        }
        Set<String> known = new TreeSet<>();
        targets.forEach(t -> t.getContainers().forEach(c -> known.add(c.getName())));
        known.addAll(Augmentations.of(index.roots(selector, InfrastructureModel.class)).containerNames());
        if (!known.contains(selector.getContainer())) {
            warning("no target has a container '" + selector.getContainer() + "'"
                    + Suggestions.endOfSentence(selector.getContainer(), known) + " This rule applies to none of the modelled targets",
                    selector, ModelPackage.Literals.CONTAINER_SELECTOR__CONTAINER, IssueCodes.UNKNOWN_SELECTOR_CONTAINER,
                    selector.getContainer(), Suggestions.nearest(selector.getContainer(), known).orElse(""));
        }
    }

    @Check(CheckType.NORMAL)
    public void checkSelector(PropertySelector selector) {
        List<Target> targets = index.targets(selector);
        if (targets.isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>();
        targets.forEach(t -> t.getProperties().forEach(p -> known.add(p.getName())));
        known.addAll(Augmentations.of(index.roots(selector, InfrastructureModel.class)).propertyNames());
        if (!known.contains(selector.getProperty())) {
            warning("no target has a property '" + selector.getProperty() + "'"
                    + Suggestions.endOfSentence(selector.getProperty(), known) + " This rule applies to none of the modelled targets",
                    selector, ModelPackage.Literals.PROPERTY_SELECTOR__PROPERTY, IssueCodes.UNKNOWN_SELECTOR_PROPERTY,
                    selector.getProperty(), Suggestions.nearest(selector.getProperty(), known).orElse(""));
        }
    }

    static String identifierProperty(Target target) {
        return target.getTargetProperty() != null ? target.getTargetProperty() : DEFAULT_TARGET_PROPERTY;
    }

    private static String identifier(Target target) {
        return Properties.get(target.getProperties(), identifierProperty(target)).orElse(null) instanceof StringValue s
                ? s.getValue() : null;
    }

    private static Property lastProperty(Target target, String name) {
        Property found = null;
        for (Property property : target.getProperties()) {
            if (name.equals(property.getName())) {
                found = property;
            }
        }
        return found;
    }

    private static Set<String> propertyNames(Target target) {
        Set<String> names = new TreeSet<>();
        target.getProperties().forEach(p -> names.add(p.getName()));
        return names;
    }
}
