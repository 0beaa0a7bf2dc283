package org.dynadeploy.planner.augment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dynadeploy.model.AllTargetsSelector;
import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.ContainerSelector;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.NamedTargetsSelector;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.PropertySelector;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetSelector;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningException;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies the augmentation rules of an infrastructure to a copy of it (dydisnix's augment-infra):
 * each rule, in order, adds or overrides properties and container properties of the targets its
 * selector matches; a later rule sees what earlier ones added. Then every secret reference is
 * replaced by its value. The input is never modified; the result has no rules left.
 */
public final class InfrastructureAugmenter {

    private final SecretResolver secrets;

    public InfrastructureAugmenter(SecretResolver secrets) {
        this.secrets = secrets;
    }

    public InfrastructureModel augment(InfrastructureModel model) {
        return augment(List.of(model)).get(0);
    }

    /** Augments several infrastructure models together: every rule applies to the targets of all of them. */
    public List<InfrastructureModel> augment(Collection<InfrastructureModel> models) {
        List<InfrastructureModel> copies = new ArrayList<>(EcoreUtil.copyAll(models));
        List<Target> targets = new ArrayList<>();
        copies.forEach(copy -> targets.addAll(copy.getTargets()));
        for (InfrastructureModel copy : copies) {
            for (AugmentationRule rule : copy.getAugmentations()) {
                for (Target target : targets) {
                    if (matches(rule, target)) apply(rule, target);
                }
            }
        }
        copies.forEach(copy -> copy.getAugmentations().clear());
        List<String> missing = new ArrayList<>();
        for (Target target : targets) {
            resolve(target.getProperties(), "target '" + target.getName() + "'", missing);
            for (Container container : target.getContainers()) {
                resolve(container.getProperties(), "target '" + target.getName() + "', container '" + container.getName()
                        + "'", missing);
            }
        }
        if (!missing.isEmpty()) {
            throw new PlanningException("cannot resolve " + (missing.size() == 1 ? "a secret" : missing.size() + " secrets")
                    + " of the infrastructure:\n  " + String.join("\n  ", missing));
        }
        return copies;
    }

    /** A model set like the given one, with its infrastructure models augmented. */
    public ModelSet augment(ModelSet models) {
        List<InfrastructureModel> augmented = augment(models.infrastructureModels());
        List<Model> roots = new ArrayList<>();
        roots.addAll(models.servicesModels());
        roots.addAll(augmented);
        roots.addAll(models.policies());
        roots.addAll(models.idResourcesModels());
        roots.addAll(models.distributions());
        roots.addAll(models.idsModels());
        return ModelSet.of(roots);
    }

    private static boolean matches(AugmentationRule rule, Target target) {
        TargetSelector selector = rule.getSelector();
        if (selector instanceof AllTargetsSelector) return true;
        if (selector instanceof NamedTargetsSelector named) {
            // By name: the rule may name targets of another file, which the copy does not redirect.
            return named.getTargets().stream().anyMatch(t -> target.getName().equals(t.getName()));
        }
        if (selector instanceof ContainerSelector container) {
            return target.getContainers().stream().anyMatch(c -> container.getContainer().equals(c.getName()));
        }
        if (selector instanceof PropertySelector property) {
            return Properties.get(target.getProperties(), property.getProperty())
                    .map(value -> Values.nixEquals(value, property.getValue())).orElse(false);
        }
        throw new PlanningException("augmentation rule '" + rule.getName() + "' has no target selector");
    }

    private static void apply(AugmentationRule rule, Target target) {
        for (Property property : rule.getProperties()) {
            set(target.getProperties(), property);
        }
        for (Container added : rule.getContainers()) {
            Container existing = target.getContainers().stream().filter(c -> c.getName().equals(added.getName()))
                    .findFirst().orElse(null);
            if (existing == null) {
                target.getContainers().add(EcoreUtil.copy(added));
            } else {
                added.getProperties().forEach(property -> set(existing.getProperties(), property));
            }
        }
    }

    /** Adds a copy of the property, replacing any of the same name (Nix's {@code //}). */
    private static void set(EList<Property> properties, Property property) {
        properties.removeIf(existing -> existing.getName().equals(property.getName()));
        properties.add(EcoreUtil.copy(property));
    }

    private void resolve(EList<Property> properties, String owner, List<String> missing) {
        for (Property property : properties) {
            Value resolved = resolve(property.getValue(), owner + ", property '" + property.getName() + "'", missing);
            if (resolved != property.getValue()) property.setValue(resolved);
        }
    }

    /** Returns the value with its secrets replaced (the same object when it holds none). */
    private Value resolve(Value value, String where, List<String> missing) {
        if (value instanceof SecretValue secret) {
            return secrets.resolve(secret.getSource(), secret.getKey()).<Value>map(Values::string).orElseGet(() -> {
                missing.add(where + ": secret " + secret.getSource().getLiteral() + "(\"" + secret.getKey() + "\") — "
                        + secrets.whyMissing(secret.getSource(), secret.getKey()));
                return secret;
            });
        }
        if (value instanceof ListValue list) {
            for (int i = 0; i < list.getElements().size(); i++) {
                Value element = list.getElements().get(i);
                Value resolved = resolve(element, where, missing);
                if (resolved != element) list.getElements().set(i, resolved);
            }
        } else if (value instanceof AttrsValue attrs) {
            resolve(attrs.getProperties(), where, missing);
        }
        return value;
    }
}
