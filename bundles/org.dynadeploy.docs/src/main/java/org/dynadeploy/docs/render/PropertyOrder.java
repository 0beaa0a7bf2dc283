package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.Property;
import org.dynadeploy.model.support.ByteOrder;

/** Properties as the docs list them: one per name, the last definition winning (as Nix `//`), byte-ordered. */
public final class PropertyOrder {

    private PropertyOrder() {
    }

    public static List<Property> of(List<Property> properties) {
        Map<String, Property> byName = new TreeMap<>(ByteOrder.COMPARATOR);
        for (Property p : properties) {
            if (p.getName() != null) byName.put(p.getName(), p);
        }
        return new ArrayList<>(byName.values());
    }
}
