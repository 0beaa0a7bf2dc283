package org.dynadeploy.planner;

import java.util.BitSet;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.planner.explain.Explanation;

/** The outcome of a policy: the distribution, why it came out so, and which services were pinned. */
public final class PlanResult {

    private final CandidateDistribution distribution;
    private final Explanation explanation;
    private final BitSet pinned;

    public PlanResult(CandidateDistribution distribution, Explanation explanation, BitSet pinned) {
        this.distribution = distribution;
        this.explanation = explanation;
        this.pinned = (BitSet) pinned.clone();
    }

    public CandidateDistribution distribution() {
        return distribution;
    }

    public Explanation explanation() {
        return explanation;
    }

    public boolean isPinned(String service) {
        int index = distribution.universe().serviceIndex(service);
        return index >= 0 && pinned.get(index);
    }

    /** The distribution as a model; services kept from pinned mappings stay pinned. */
    public DistributionModel toModel() {
        DistributionModel model = distribution.toModel();
        for (ServiceMapping mapping : model.getMappings()) {
            mapping.setPinned(isPinned(mapping.getService().getName()));
        }
        return model;
    }
}
