package org.dynadeploy.docs.site;

import java.util.Map;
import java.util.Optional;

import org.dynadeploy.docs.deployment.AssignedIds;
import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.layer.DocsSettings;
import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ModelSet;

/**
 * Everything pages and diagrams are made from, derived once from the model set: the service
 * graph, the group tree, the docs settings, the targets, and (when given) the deployment and
 * the assigned ids.
 */
public final class Catalog {

    private final ServiceGraph graph;
    private final GroupTree groups;
    private final DocsSettings settings;
    private final Map<String, Target> targets;
    private final Deployment deployment;
    private final AssignedIds ids;

    private Catalog(ModelSet models, DistributionModel distribution, IdsModel ids) {
        this.graph = ServiceGraph.of(models);
        this.settings = DocsSettings.of(models);
        this.groups = GroupTree.of(models, graph, settings);
        this.targets = models.targetsByName();
        this.deployment = distribution == null ? null : Deployment.of(distribution);
        this.ids = ids == null ? null : AssignedIds.of(ids);
    }

    public static Catalog of(ModelSet models, DistributionModel distribution, IdsModel ids) {
        return new Catalog(models, distribution, ids);
    }

    public ServiceGraph graph() { return graph; }
    public GroupTree groups() { return groups; }
    public DocsSettings settings() { return settings; }
    /** Targets of all infrastructure models, byte-ordered by name. */
    public Map<String, Target> targets() { return targets; }
    public Optional<Deployment> deployment() { return Optional.ofNullable(deployment); }
    public Optional<AssignedIds> ids() { return Optional.ofNullable(ids); }
    public boolean hasInfrastructure() { return !targets.isEmpty(); }
}
