package org.dynadeploy.model.support;

import java.util.Collection;
import java.util.Optional;

import org.dynadeploy.model.Property;
import org.dynadeploy.model.Value;

/** Looks up generic properties by name. */
public final class Properties {

    private Properties() {
    }

    /** The value of the property with this name, if any (the last one wins, as in Nix `//`). */
    public static Optional<Value> get(Collection<Property> properties, String name) {
        Value found = null;
        for (Property property : properties) {
            if (name.equals(property.getName())) {
                found = property.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
