package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dynadeploy.model.AllTargetsSelector;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.ContainerSelector;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.NamedTargetsSelector;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.PropertySelector;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetSelector;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;

/**
 * What augmentation rules add to a target, as far as validation needs it: a property or a
 * container that a rule adds counts as the target's own (discovery cannot know it, the rule does).
 * Selectors are matched against the target as written.
 */
final class Augmentations {

    private final List<AugmentationRule> rules;

    private Augmentations(List<AugmentationRule> rules) {
        this.rules = rules;
    }

    static Augmentations of(Collection<InfrastructureModel> models) {
        List<AugmentationRule> rules = new ArrayList<>();
        for (InfrastructureModel model : models) {
            rules.addAll(model.getAugmentations());
        }
        return new Augmentations(rules);
    }

    List<AugmentationRule> rules() {
        return rules;
    }

    static boolean appliesTo(AugmentationRule rule, Target target) {
        TargetSelector selector = rule.getSelector();
        if (selector instanceof AllTargetsSelector) {
            return true;
        }
        if (selector instanceof NamedTargetsSelector named) {
            return named.getTargets().contains(target);
        }
        if (selector instanceof ContainerSelector containerSelector) {
            return target.getContainers().stream().anyMatch(c -> containerSelector.getContainer().equals(c.getName()));
        }
        if (selector instanceof PropertySelector propertySelector) {
            return Properties.get(target.getProperties(), propertySelector.getProperty())
                    .map(value -> Values.nixEquals(value, propertySelector.getValue())).orElse(false);
        }
        return false;
    }

    /** Whether the target has the property itself or gets it from a rule. */
    boolean hasProperty(Target target, String name) {
        if (Properties.get(target.getProperties(), name).isPresent()) {
            return true;
        }
        return rules.stream().anyMatch(rule -> appliesTo(rule, target)
                && rule.getProperties().stream().anyMatch(p -> name.equals(p.getName())));
    }

    /** The container names of a target, its own and those rules add. */
    Set<String> containerNames(Target target) {
        Set<String> names = new LinkedHashSet<>();
        target.getContainers().forEach(c -> names.add(c.getName()));
        for (AugmentationRule rule : rules) {
            if (appliesTo(rule, target)) {
                rule.getContainers().forEach(c -> names.add(c.getName()));
            }
        }
        return names;
    }

    /** Every property name some rule adds. */
    Set<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        for (AugmentationRule rule : rules) {
            rule.getProperties().stream().map(Property::getName).forEach(names::add);
        }
        return names;
    }

    /** Every container name some rule adds. */
    Set<String> containerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (AugmentationRule rule : rules) {
            rule.getContainers().stream().map(Container::getName).forEach(names::add);
        }
        return names;
    }
}
