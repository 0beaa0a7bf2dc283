package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.SecretSource;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.Value;
import org.eclipse.emf.common.util.EList;

/**
 * Lets the augmenter apply its rules without resolving a single secret: every secret "resolves"
 * to a unique placeholder, which {@link #restore} turns back into the reference afterwards. So
 * augment-infra can show the augmented infrastructure with {@code env("X")} where a value would
 * go, and no secret value is ever read. (The augmenter always resolves; see the report on an
 * {@code applyRules} without resolution.)
 */
final class SecretPlaceholders implements org.dynadeploy.planner.augment.SecretResolver {

    /** Private-use characters and a random part: no model string can be mistaken for a placeholder. */
    private final String prefix = "\uE000secret-" + UUID.randomUUID() + "-";
    private final Map<String, SecretValue> references = new HashMap<>();

    @Override
    public Optional<String> resolve(SecretSource source, String key) {
        String placeholder = prefix + references.size();
        SecretValue reference = ModelFactory.eINSTANCE.createSecretValue();
        reference.setSource(source);
        reference.setKey(key);
        references.put(placeholder, reference);
        return Optional.of(placeholder);
    }

    /**
     * Puts the references back in place of their placeholders.
     *
     * @return where a secret is, one line each ("target 't', container 'c', property 'p': env("X")")
     */
    List<String> restore(Collection<InfrastructureModel> models) {
        List<String> where = new ArrayList<>();
        for (InfrastructureModel model : models) {
            for (Target target : model.getTargets()) {
                String owner = "target '" + target.getName() + "'";
                restore(target.getProperties(), owner, where);
                for (Container container : target.getContainers()) {
                    restore(container.getProperties(), owner + ", container '" + container.getName() + "'", where);
                }
            }
        }
        return where;
    }

    private void restore(EList<Property> properties, String owner, List<String> where) {
        for (Property property : properties) {
            String at = owner + ", property '" + property.getName() + "'";
            Value restored = restore(property.getValue(), at, where);
            if (restored != property.getValue()) property.setValue(restored);
        }
    }

    /** As written in the infrastructure language: env("X") or secret("key") (the enum literal of the latter is "file"). */
    private static String syntax(SecretValue reference) {
        return (reference.getSource() == SecretSource.ENV ? "env" : "secret") + "(\"" + reference.getKey() + "\")";
    }

    private Value restore(Value value, String at, List<String> where) {
        if (value instanceof StringValue string && references.containsKey(string.getValue())) {
            SecretValue reference = references.get(string.getValue());
            SecretValue copy = ModelFactory.eINSTANCE.createSecretValue();
            copy.setSource(reference.getSource());
            copy.setKey(reference.getKey());
            where.add(at + ": " + syntax(reference));
            return copy;
        }
        if (value instanceof ListValue list) {
            for (int i = 0; i < list.getElements().size(); i++) {
                Value element = list.getElements().get(i);
                Value restored = restore(element, at, where);
                if (restored != element) list.getElements().set(i, restored);
            }
        } else if (value instanceof AttrsValue attrs) {
            restore(attrs.getProperties(), at, where);
        }
        return value;
    }
}
