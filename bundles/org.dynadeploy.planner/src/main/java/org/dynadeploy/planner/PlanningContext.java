package org.dynadeploy.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ModelSet;

/**
 * What every filter may read besides its input: the models, the previous distribution and where
 * to put reasons. Immutable; the executor derives one per step with {@link #withReasons}.
 */
public final class PlanningContext {

    /** How long an external filter program may run. */
    public static final Duration DEFAULT_PROGRAM_TIMEOUT = Duration.ofSeconds(60);

    private final ModelSet models;
    private final Universe universe;
    private final CandidateDistribution previous;
    private final BitSet pinned;
    private final List<String> notes;
    private final Duration programTimeout;
    private final String idsProperty;
    private final Reasons reasons;

    private PlanningContext(Builder builder, Reasons reasons) {
        this.models = builder.models;
        this.universe = builder.universe;
        this.previous = builder.previous;
        this.pinned = builder.pinned;
        this.notes = List.copyOf(builder.notes);
        this.programTimeout = builder.programTimeout;
        this.idsProperty = builder.idsProperty;
        this.reasons = reasons;
    }

    private PlanningContext(PlanningContext base, Reasons reasons) {
        this.models = base.models;
        this.universe = base.universe;
        this.previous = base.previous;
        this.pinned = base.pinned;
        this.notes = base.notes;
        this.programTimeout = base.programTimeout;
        this.idsProperty = base.idsProperty;
        this.reasons = reasons;
    }

    public static Builder builder(ModelSet models) {
        return new Builder(models);
    }

    /** A context for a model set without a previous distribution. */
    public static PlanningContext of(ModelSet models) {
        return builder(models).build();
    }

    public PlanningContext withReasons(Reasons newReasons) {
        return new PlanningContext(this, newReasons);
    }

    public ModelSet models() {
        return models;
    }

    public Universe universe() {
        return universe;
    }

    public Service service(int service) {
        return universe.requireService(service);
    }

    public Target target(int target) {
        return universe.requireTarget(target);
    }

    /** The previous distribution, or null when there is none (filters then behave as dydisnix's with null). */
    public CandidateDistribution previous() {
        return previous;
    }

    /** Services the previous distribution pins: the executor keeps their mappings as written. */
    public BitSet pinned() {
        return (BitSet) pinned.clone();
    }

    /** Remarks made while reading the inputs (e.g. previous mappings to targets that are gone). */
    public List<String> notes() {
        return notes;
    }

    public Duration programTimeout() {
        return programTimeout;
    }

    /** The service property that lists a service's id resources (written into services XML for programs). */
    public String idsProperty() {
        return idsProperty;
    }

    public Reasons reasons() {
        return reasons;
    }

    public static final class Builder {

        private final ModelSet models;
        private final Universe universe;
        private CandidateDistribution previous;
        private BitSet pinned = new BitSet();
        private final List<String> notes = new ArrayList<>();
        private Duration programTimeout = DEFAULT_PROGRAM_TIMEOUT;
        private String idsProperty = "requiresUniqueIdsFor";

        private Builder(ModelSet models) {
            this.models = models;
            this.universe = Universe.of(models);
        }

        /** The distribution of the last deployment, or null for none. */
        public Builder previous(DistributionModel model) {
            notes.clear();
            if (model == null) {
                previous = null;
                pinned = new BitSet();
            } else {
                previous = DistributionModels.readPrevious(model, universe, notes);
                pinned = DistributionModels.pinnedServices(model, universe);
            }
            return this;
        }

        public Builder programTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
            this.programTimeout = timeout;
            return this;
        }

        public Builder idsProperty(String name) {
            this.idsProperty = name;
            return this;
        }

        public PlanningContext build() {
            return new PlanningContext(this, Reasons.NONE);
        }
    }
}
