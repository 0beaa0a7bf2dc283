package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;

/**
 * Reads distribution models into candidate distributions. Services and targets are matched by
 * name, so a distribution loaded from another file (or an older deployment) works as long as the
 * names agree.
 */
public final class DistributionModels {

    private DistributionModels() {
    }

    /**
     * Reads a previous distribution leniently: it describes the last deployment, so services that no
     * longer exist and targets that have left the infrastructure are dropped, each with a note. (In
     * dydisnix they survive as bare names and make the later deployment fail.)
     */
    public static CandidateDistribution readPrevious(DistributionModel model, Universe universe, List<String> notes) {
        return read(model, universe, notes);
    }

    /** The services a distribution pins (dydisnix has no pins; see the compatibility notes). */
    public static BitSet pinnedServices(DistributionModel model, Universe universe) {
        BitSet pinned = new BitSet(universe.serviceCount());
        for (ServiceMapping mapping : model.getMappings()) {
            if (mapping.isPinned() && mapping.getService() != null) {
                int service = universe.serviceIndex(mapping.getService().getName());
                if (service >= 0) pinned.set(service);
            }
        }
        return pinned;
    }

    /** Strict when {@code notes} is null: anything unknown is an error. Lenient otherwise. */
    static CandidateDistribution read(DistributionModel model, Universe universe, List<String> notes) {
        CandidateDistribution.Builder builder = CandidateDistribution.builder(universe);
        BitSet seen = new BitSet(universe.serviceCount());
        for (ServiceMapping mapping : model.getMappings()) {
            String name = mapping.getService() == null ? null : mapping.getService().getName();
            if (name == null) {
                throw new PlanningException("a mapping of the distribution has no service");
            }
            int service = universe.serviceIndex(name);
            if (service < 0) {
                if (notes == null) {
                    throw new PlanningException("the distribution maps service '" + name
                            + "', which is not in the services model");
                }
                notes.add("previous distribution: service '" + name + "' no longer exists; its mapping is ignored");
                continue;
            }
            if (seen.get(service)) {
                throw new PlanningException("the distribution maps service '" + name + "' twice; merge its mappings");
            }
            seen.set(service);
            List<Integer> targets = new ArrayList<>();
            List<String> containers = new ArrayList<>();
            for (TargetMapping target : mapping.getTargets()) {
                String targetName = target.getTarget() == null ? null : target.getTarget().getName();
                int index = targetName == null ? -1 : universe.targetIndex(targetName);
                if (index < 0) {
                    if (notes == null) {
                        throw new PlanningException("the distribution maps service '" + name + "' to target '"
                                + targetName + "', which is not in the infrastructure model");
                    }
                    notes.add("previous distribution: service '" + name + "' was on target '" + targetName
                            + "', which is no longer in the infrastructure; that mapping is ignored");
                    continue;
                }
                targets.add(index);
                containers.add(target.getContainer());
            }
            builder.put(service, targets.stream().mapToInt(Integer::intValue).toArray(),
                    containers.toArray(String[]::new));
        }
        return builder.build();
    }
}
