package org.dynadeploy.docs;

import java.nio.charset.StandardCharsets;

import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerModel;
import org.dynadeploy.docs.render.PngRenderer;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.model.support.ModelSet;

/**
 * One group's services diagram (dydisnix-visualize-services): the services of the group with
 * their outside dependencies and dependants, sub-groups collapsed into group nodes. Links in
 * SVG and Mermaid output are relative to the group's directory in a generated catalog.
 */
public final class ServicesDiagram {

    /**
     * @param collapseSubgroups show sub-groups as group nodes rather than every service. The
     *                          catalog always collapses (dydisnix batch mode); dydisnix's
     *                          single-diagram default is {@code false}, --group-subservices is
     *                          {@code true}
     */
    public record Options(boolean collapseSubgroups) {
        public static final Options DEFAULT = new Options(true);
    }

    private ServicesDiagram() {
    }

    /** The diagram of a group ("" is the root) in a format; text formats are UTF-8. */
    public static byte[] render(ModelSet models, String group, Format format) {
        return render(models, group, format, Options.DEFAULT);
    }

    public static byte[] render(ModelSet models, String group, Format format, Options options) {
        LayerRendering rendering = new LayerRendering(Catalog.of(models, null, null));
        rendering.requireGroup(group);
        Layer layer = LayerModel.build(rendering.catalog().graph(), group,
                new LayerModel.Settings(options.collapseSubgroups(), true));
        return switch (format) {
            case DOT -> LayerRendering.bytes(rendering.dot(layer));
            case SVG -> LayerRendering.bytes(rendering.svg(rendering.place(layer)));
            case PNG -> PngRenderer.render(rendering.svg(rendering.place(layer)));
            case MERMAID -> LayerRendering.bytes(rendering.mermaid(layer));
        };
    }

    /** The diagram as text (SVG, DOT or Mermaid). */
    public static String renderText(ModelSet models, String group, Format format) {
        if (!format.isText()) {
            throw new IllegalArgumentException(format.extension() + " is not a text format");
        }
        return new String(render(models, group, format), StandardCharsets.UTF_8);
    }
}
