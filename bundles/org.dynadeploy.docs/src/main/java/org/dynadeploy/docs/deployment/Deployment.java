package org.dynadeploy.docs.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ByteOrder;

/**
 * Where a distribution puts each service: target, and container within it. A mapping without a
 * container goes to the container named after the service's type, as in Disnix. Everything is
 * keyed by name and byte-ordered; mappings whose service or target does not resolve are skipped.
 */
public final class Deployment {

    /** One placement of a service. */
    public record Placement(String target, String container) {
    }

    private final Map<String, List<Placement>> byService = new TreeMap<>(ByteOrder.COMPARATOR);
    private final Map<String, Map<String, TreeSet<String>>> byTarget = new TreeMap<>(ByteOrder.COMPARATOR);
    private final TreeSet<String> pinned = new TreeSet<>(ByteOrder.COMPARATOR);

    private Deployment(DistributionModel distribution) {
        for (ServiceMapping mapping : distribution.getMappings()) {
            Service service = mapping.getService();
            if (service == null || service.eIsProxy() || service.getName() == null) {
                continue;
            }
            String name = service.getName();
            if (mapping.isPinned()) {
                pinned.add(name);
            }
            List<Placement> placements = byService.computeIfAbsent(name, k -> new ArrayList<>());
            for (TargetMapping targetMapping : mapping.getTargets()) {
                Target target = targetMapping.getTarget();
                if (target == null || target.eIsProxy() || target.getName() == null) {
                    continue;
                }
                String container = containerOf(targetMapping, service);
                Placement placement = new Placement(target.getName(), container);
                if (!placements.contains(placement)) {
                    placements.add(placement);
                }
                byTarget.computeIfAbsent(target.getName(), k -> new TreeMap<>(ByteOrder.COMPARATOR))
                        .computeIfAbsent(container, k -> new TreeSet<>(ByteOrder.COMPARATOR)).add(name);
            }
        }
    }

    public static Deployment of(DistributionModel distribution) {
        return new Deployment(distribution);
    }

    private static String containerOf(TargetMapping mapping, Service service) {
        if (mapping.getContainer() != null && !mapping.getContainer().isEmpty()) {
            return mapping.getContainer();
        }
        return service.getType() == null ? "" : service.getType();
    }

    /** The placements of a service in distribution order (empty: mapped to nothing or not at all). */
    public List<Placement> placements(String service) {
        return byService.getOrDefault(service, List.of());
    }

    /** Whether the distribution mentions the service at all. */
    public boolean mentions(String service) {
        return byService.containsKey(service);
    }

    public boolean isPinned(String service) {
        return pinned.contains(service);
    }

    /** Target name → container name → service names, all byte-ordered. */
    public Map<String, Map<String, TreeSet<String>>> byTarget() {
        return byTarget;
    }
}
