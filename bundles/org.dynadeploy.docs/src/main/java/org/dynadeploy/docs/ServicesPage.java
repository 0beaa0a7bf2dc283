package org.dynadeploy.docs;

import org.dynadeploy.docs.html.LayerPage;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerModel;
import org.dynadeploy.docs.render.PlacedDiagram;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * One group's HTML page (dydisnix-document-services without --batch), exactly as the catalog
 * generator writes it to {@code <group dir>/index.html}: links to other pages, the stylesheet
 * and the search assume it sits there.
 */
public final class ServicesPage {

    private ServicesPage() {
    }

    public static String render(ModelSet models, String group) {
        return render(models, group, null, null);
    }

    /** With a distribution and/or ids (either may be null) the service entries say where they run. */
    public static String render(ModelSet models, String group, DistributionModel distribution, IdsModel ids) {
        LayerRendering rendering = new LayerRendering(Catalog.of(models, distribution, ids));
        rendering.requireGroup(group);
        Layer layer = LayerModel.build(rendering.catalog().graph(), group);
        PlacedDiagram placed = rendering.place(layer);
        return LayerPage.render(rendering.catalog(), group, rendering.embed(placed, rendering.svg(placed), Format.SVG));
    }
}
