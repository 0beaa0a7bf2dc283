package org.dynadeploy.diagram.glsp;

import java.util.function.UnaryOperator;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.edit.ReferenceKind;

/** How element ids change when a service or target is renamed, so hand-made positions follow the rename. */
final class IdRenames {

    private IdRenames() {
    }

    static UnaryOperator<String> service(String oldName, String newName) {
        return id -> {
            String owner = ElementTypes.owner(id);
            String part = id.substring(owner.length());
            if (owner.equals(ElementTypes.service(oldName))) {
                return ElementTypes.service(newName) + part;
            }
            for (ReferenceKind kind : ReferenceKind.values()) {
                String prefix = kind.keyword() + ":";
                int arrow = owner.indexOf("->");
                if (owner.startsWith(prefix) && arrow > 0) {
                    String from = owner.substring(prefix.length(), arrow);
                    String to = owner.substring(arrow + 2);
                    return ElementTypes.edge(kind.keyword(), from.equals(oldName) ? newName : from,
                            to.equals(oldName) ? newName : to) + part;
                }
            }
            if (owner.startsWith("deployed:") && owner.endsWith("/" + oldName)) {
                return owner.substring(0, owner.length() - oldName.length()) + newName + part;
            }
            return id;
        };
    }

    static UnaryOperator<String> target(String oldName, String newName) {
        return id -> {
            String owner = ElementTypes.owner(id);
            String part = id.substring(owner.length());
            if (owner.equals(ElementTypes.target(oldName))) {
                return ElementTypes.target(newName) + part;
            }
            for (String prefix : new String[] {"container:", "deployed:"}) {
                if (owner.startsWith(prefix + oldName + "/")) {
                    return prefix + newName + owner.substring(prefix.length() + oldName.length()) + part;
                }
            }
            return id;
        };
    }
}
