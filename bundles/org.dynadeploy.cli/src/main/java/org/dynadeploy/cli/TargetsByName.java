package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Target;

/**
 * The targets a distribution XML file is resolved against, for the cases where an unknown target
 * name is not an error: a target that has left the infrastructure may still be named by the
 * previous distribution (the planner drops it with a note), and dydisnix-multiwaycut and
 * dydisnix-id-assign read a distribution XML without any infrastructure. Unknown names get a
 * target of their own, created once. (The Disnix reader fails on a name its map does not give.)
 */
final class TargetsByName extends HashMap<String, Target> {

    private static final long serialVersionUID = 1L;

    private final Map<String, Target> created = new LinkedHashMap<>();

    TargetsByName(Map<String, Target> known) {
        super(known);
    }

    @Override
    public Target get(Object key) {
        Target target = super.get(key);
        if (target != null || !(key instanceof String name)) {
            return target;
        }
        return created.computeIfAbsent(name, unknown -> {
            Target stand = ModelFactory.eINSTANCE.createTarget();
            stand.setName(unknown);
            return stand;
        });
    }

    /** The targets made up for unknown names, as an infrastructure model (in order of first use). */
    InfrastructureModel createdTargets() {
        InfrastructureModel model = ModelFactory.eINSTANCE.createInfrastructureModel();
        model.getTargets().addAll(new ArrayList<>(created.values()));
        return model;
    }

    boolean createdAny() {
        return !created.isEmpty();
    }

    List<String> createdNames() {
        return List.copyOf(created.keySet());
    }
}
