package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;

/**
 * dydisnix's candidate distribution: each service of the distribution maps to an ordered list of
 * candidate targets, each optionally in a named container. Immutable.
 *
 * <p>Services and targets are the int indexes of a {@link Universe} (byte order of name), and each
 * candidate list is an int array, so a filter over thousands of services and targets works on
 * arrays instead of maps of strings. A service of the universe may be absent from the distribution
 * (dydisnix filters only visit the keys of their input distribution); an empty list is different
 * from absent. The order inside a list is significant and the same target may appear twice, as in
 * dydisnix.
 */
public final class CandidateDistribution {

    private static final int[] NO_TARGETS = new int[0];

    private final Universe universe;
    /** Per universe service: its candidate targets, or null when the service is not in the distribution. */
    private final int[][] targets;
    /** Per universe service: the container of each mapping (entries may be null), or null when none has one. */
    private final String[][] containers;
    private final int size;

    private CandidateDistribution(Universe universe, int[][] targets, String[][] containers) {
        this.universe = universe;
        this.targets = targets;
        this.containers = containers;
        int count = 0;
        for (int[] list : targets) {
            if (list != null) count++;
        }
        this.size = count;
    }

    /** dydisnix's initial distribution: every service of the universe on every target, in byte order. */
    public static CandidateDistribution initial(Universe universe) {
        int[] all = new int[universe.targetCount()];
        Arrays.setAll(all, i -> i);
        int[][] targets = new int[universe.serviceCount()][];
        Arrays.fill(targets, all);
        return new CandidateDistribution(universe, targets, new String[universe.serviceCount()][]);
    }

    /** A distribution without services; fill it with {@link #builder(Universe)}. */
    public static CandidateDistribution empty(Universe universe) {
        return builder(universe).build();
    }

    public static Builder builder(Universe universe) {
        return new Builder(universe, new int[universe.serviceCount()][], new String[universe.serviceCount()][]);
    }

    /** A builder that starts from this distribution's mappings. */
    public Builder toBuilder() {
        return new Builder(universe, targets.clone(), containers.clone());
    }

    /**
     * Converts a distribution model, naming services and targets by name. Strict: a service or target
     * the universe does not have, or a service mapped twice, is an error (see
     * {@link DistributionModels} for the lenient reading of a previous distribution).
     */
    public static CandidateDistribution fromModel(DistributionModel model, Universe universe) {
        return DistributionModels.read(model, universe, null);
    }

    /**
     * The distribution as a model that refers to the universe's service and target objects. Services
     * come in byte order; container names are kept; nothing is pinned.
     */
    public DistributionModel toModel() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        for (int s = 0; s < targets.length; s++) {
            if (targets[s] == null) continue;
            ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
            mapping.setService(universe.requireService(s));
            for (int i = 0; i < targets[s].length; i++) {
                TargetMapping target = ModelFactory.eINSTANCE.createTargetMapping();
                target.setTarget(universe.requireTarget(targets[s][i]));
                target.setContainer(container(s, i));
                mapping.getTargets().add(target);
            }
            model.getMappings().add(mapping);
        }
        return model;
    }

    public Universe universe() {
        return universe;
    }

    /** How many services the distribution has. */
    public int size() {
        return size;
    }

    public boolean contains(int service) {
        return targets[service] != null;
    }

    public boolean contains(String service) {
        int index = universe.serviceIndex(service);
        return index >= 0 && contains(index);
    }

    /** The services of the distribution, as universe indexes in byte order of name. */
    public int[] services() {
        int[] result = new int[size];
        int next = 0;
        for (int s = 0; s < targets.length; s++) {
            if (targets[s] != null) result[next++] = s;
        }
        return result;
    }

    /** The number of candidates of a service of the distribution. */
    public int candidateCount(int service) {
        return list(service).length;
    }

    /** The target of the i-th candidate of a service. */
    public int target(int service, int position) {
        return list(service)[position];
    }

    /** The container of the i-th candidate of a service, or null. */
    public String container(int service, int position) {
        String[] names = containers[service];
        return names == null ? null : names[position];
    }

    /** A copy of the candidate targets of a service, in order. */
    public int[] targets(int service) {
        return list(service).clone();
    }

    /**
     * An opaque token for a service's candidate list. Services with the same token (by
     * {@code equals}) have equal lists and containers; this holds for every service of the
     * {@link #initial} distribution and for services a filter gave the same result with
     * {@link Builder#keepShared}. A filter whose result for a service depends only on its list and
     * on something about the service (e.g. a property value) can compute it once per token.
     * Services with different tokens may still have equal lists.
     */
    public Object listToken(int service) {
        return new ListToken(list(service), containers[service]);
    }

    /** Identity of the (targets, containers) arrays, which are never modified once built. */
    private static final class ListToken {
        private final int[] targets;
        private final String[] containers;

        ListToken(int[] targets, String[] containers) {
            this.targets = targets;
            this.containers = containers;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ListToken that && targets == that.targets && containers == that.containers;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(targets) * 31 + System.identityHashCode(containers);
        }
    }

    /** Whether any mapping names a container (dydisnix then prints the attribute-set form). */
    public boolean hasContainers() {
        for (String[] names : containers) {
            if (names == null) continue;
            for (String name : names) {
                if (name != null) return true;
            }
        }
        return false;
    }

    /** The position of a target in a service's list (first occurrence), or -1. */
    public int positionOf(int service, int target) {
        int[] list = list(service);
        for (int i = 0; i < list.length; i++) {
            if (list[i] == target) return i;
        }
        return -1;
    }

    /** The candidate target names of a service, in order; empty when the service is absent. */
    public List<String> targetNames(String service) {
        int index = universe.serviceIndex(service);
        if (index < 0 || targets[index] == null) return List.of();
        List<String> names = new ArrayList<>();
        for (int target : targets[index]) {
            names.add(universe.targetName(target));
        }
        return names;
    }

    private int[] list(int service) {
        int[] list = targets[service];
        if (list == null) {
            throw new IllegalArgumentException("service '" + universe.serviceName(service) + "' is not in the distribution");
        }
        return list;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof CandidateDistribution that)) return false;
        if (!universe.serviceNames().equals(that.universe.serviceNames())
                || !universe.targetNames().equals(that.universe.targetNames())) {
            return false;
        }
        for (int s = 0; s < targets.length; s++) {
            if (!Arrays.equals(targets[s], that.targets[s])) return false;
            for (int i = 0; targets[s] != null && i < targets[s].length; i++) {
                if (!Objects.equals(container(s, i), that.container(s, i))) return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(targets);
    }

    /** dydisnix's Nix form, e.g. {@code { a = [ "t1" "t2" ]; b = [ { target = "t1"; container = "c"; } ]; }}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int s = 0; s < targets.length; s++) {
            if (targets[s] == null) continue;
            text.append(' ').append(universe.serviceName(s)).append(" = [");
            for (int i = 0; i < targets[s].length; i++) {
                String target = '"' + universe.targetName(targets[s][i]) + '"';
                String container = container(s, i);
                text.append(' ').append(container == null ? target
                        : "{ target = " + target + "; container = \"" + container + "\"; }");
            }
            text.append(" ];");
        }
        return text.append(" }").toString();
    }

    /** Collects mappings for a new distribution; filters start from their input's {@link #toBuilder()}. */
    public static final class Builder {

        private final Universe universe;
        private final int[][] targets;
        private final String[][] containers;
        /** The lists this builder started from, so {@link #keep} can pick positions of them. */
        private final int[][] baseTargets;
        private final String[][] baseContainers;
        /** Per positions array given to {@link #keepShared}: the list it made last. */
        private Map<int[], Shared> shared;

        private Builder(Universe universe, int[][] targets, String[][] containers) {
            this.universe = universe;
            this.targets = targets;
            this.containers = containers;
            this.baseTargets = targets.clone();
            this.baseContainers = containers.clone();
        }

        /** Sets a service's candidates without containers. */
        public Builder put(int service, int[] candidates) {
            return put(service, candidates, null);
        }

        /** Sets a service's candidates; {@code containerNames} is null or as long as {@code candidates}. */
        public Builder put(int service, int[] candidates, String[] containerNames) {
            for (int target : candidates) {
                if (target < 0 || target >= universe.targetCount()) {
                    throw new IllegalArgumentException("no target with index " + target);
                }
            }
            if (containerNames != null && containerNames.length != candidates.length) {
                throw new IllegalArgumentException("one container name (or null) per candidate");
            }
            targets[service] = candidates.length == 0 ? NO_TARGETS : candidates.clone();
            containers[service] = containerNames == null || allNull(containerNames) ? null : containerNames.clone();
            return this;
        }

        /** Sets a service's candidates by target name. */
        public Builder put(String service, String... targetNames) {
            int index = universe.serviceIndex(service);
            if (index < 0) throw new IllegalArgumentException("no service named '" + service + "'");
            int[] list = new int[targetNames.length];
            for (int i = 0; i < list.length; i++) {
                list[i] = universe.targetIndex(targetNames[i]);
                if (list[i] < 0) throw new IllegalArgumentException("no target named '" + targetNames[i] + "'");
            }
            return put(index, list);
        }

        /**
         * Keeps the mappings at the given positions of the list the builder started from, in the
         * given order, with their containers.
         */
        public Builder keep(int service, int... positions) {
            int[] base = baseTargets[service];
            if (base == null) {
                throw new IllegalArgumentException("service '" + universe.serviceName(service) + "' was not in the distribution");
            }
            int[] kept = new int[positions.length];
            String[] keptContainers = baseContainers[service] == null ? null : new String[positions.length];
            for (int i = 0; i < positions.length; i++) {
                kept[i] = base[positions[i]];
                if (keptContainers != null) keptContainers[i] = baseContainers[service][positions[i]];
            }
            targets[service] = kept;
            containers[service] = keptContainers == null || allNull(keptContainers) ? null : keptContainers;
            return this;
        }

        /**
         * {@link #keep}, sharing the result between services: services whose starting lists have
         * the same {@link CandidateDistribution#listToken} and that are given the same
         * {@code positions} array (which must not change afterwards) get one list object, so the
         * distribution stays as small as its distinct lists and later filters can compute once per
         * list.
         */
        public Builder keepShared(int service, int[] positions) {
            if (shared == null) shared = new IdentityHashMap<>();
            Shared previous = shared.get(positions);
            if (previous != null && previous.base == baseTargets[service] && previous.baseContainers == baseContainers[service]) {
                targets[service] = previous.targets;
                containers[service] = previous.containers;
                return this;
            }
            keep(service, positions);
            shared.put(positions, new Shared(baseTargets[service], baseContainers[service], targets[service],
                    containers[service]));
            return this;
        }

        /** A list {@link #keepShared} made, and the starting list it was made from. */
        private record Shared(int[] base, String[] baseContainers, int[] targets, String[] containers) {
        }

        /** Removes a service from the distribution (as opposed to mapping it to nothing). */
        public Builder remove(int service) {
            targets[service] = null;
            containers[service] = null;
            return this;
        }

        public CandidateDistribution build() {
            return new CandidateDistribution(universe, targets.clone(), containers.clone());
        }

        private static boolean allNull(String[] names) {
            for (String name : names) {
                if (name != null) return false;
            }
            return true;
        }
    }
}
