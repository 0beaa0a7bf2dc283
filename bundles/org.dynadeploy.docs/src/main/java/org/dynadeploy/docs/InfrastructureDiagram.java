package org.dynadeploy.docs;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * The infrastructure diagram (dydisnix-visualize-infra: targets and their containers; DOT in
 * its exact shape) and the deployment diagram (targets holding containers holding the services
 * a distribution places there). Text formats are UTF-8.
 */
public final class InfrastructureDiagram {

    private InfrastructureDiagram() {
    }

    public static byte[] render(ModelSet models, Format format) {
        return new InfraRendering(Catalog.of(models, null, null)).infrastructure(format);
    }

    public static byte[] renderDeployment(ModelSet models, DistributionModel distribution, Format format) {
        return new InfraRendering(Catalog.of(models, distribution, null)).deployment(Deployment.of(distribution), format);
    }
}
