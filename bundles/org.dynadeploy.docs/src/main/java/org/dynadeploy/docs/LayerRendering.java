package org.dynadeploy.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.docs.html.DiagramEmbed;
import org.dynadeploy.docs.html.LayerPage;
import org.dynadeploy.docs.layer.Layer;
import org.dynadeploy.docs.layer.LayerModel;
import org.dynadeploy.docs.layout.LayoutOptions;
import org.dynadeploy.docs.render.DiagramFrame;
import org.dynadeploy.docs.render.DiagramStyle;
import org.dynadeploy.docs.render.DotExport;
import org.dynadeploy.docs.render.Escape;
import org.dynadeploy.docs.render.ImageMap;
import org.dynadeploy.docs.render.LayerDiagram;
import org.dynadeploy.docs.render.MermaidExport;
import org.dynadeploy.docs.render.NodeLinks;
import org.dynadeploy.docs.render.Num;
import org.dynadeploy.docs.render.PlacedDiagram;
import org.dynadeploy.docs.render.PngRenderer;
import org.dynadeploy.docs.render.ServicesSvg;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;
import org.dynadeploy.docs.site.SafePaths;
import org.dynadeploy.docs.site.SiteFiles;

/**
 * Everything made for one group: its layer, diagram files (SVG, DOT, Mermaid, PNG when asked)
 * and page. Shared by the catalog generator and the single-diagram / single-page entry points
 * so they cannot drift apart.
 */
final class LayerRendering {

    static final String DIAGRAM = "diagram";
    private static final String MAP_NAME = "dd-diagram-map";

    private final Catalog catalog;
    private final DiagramStyle style = DiagramStyle.defaults();
    private final LayerDiagram diagrams;

    LayerRendering(Catalog catalog) {
        this.catalog = catalog;
        this.diagrams = new LayerDiagram(catalog, LayoutOptions.defaults(), style);
    }

    Catalog catalog() {
        return catalog;
    }

    /** Checks that a group exists (the root always does). */
    void requireGroup(String group) {
        if (!catalog.groups().contains(group)) {
            throw new UnknownGroupException(group, catalog.groups().paths());
        }
    }

    PlacedDiagram place(Layer layer) {
        return diagrams.place(layer);
    }

    String svg(PlacedDiagram placed) {
        return new ServicesSvg(style).write(placed, true);
    }

    String dot(Layer layer) {
        return DotExport.write(layer, catalog.graph());
    }

    String mermaid(Layer layer) {
        Map<String, String> hrefs = new LinkedHashMap<>();
        String fromDir = SafePaths.dir(layer.group());
        layer.nodes().forEach(n -> hrefs.put(n.id(), NodeLinks.href(catalog.graph(), n, fromDir)));
        return MermaidExport.write(layer, catalog.graph(), hrefs);
    }

    /** Adds the group's diagram files and page to the site. */
    void addTo(SiteFiles site, String group, Format imageFormat) {
        Layer layer = LayerModel.build(catalog.graph(), group);
        PlacedDiagram placed = place(layer);
        String svg = svg(placed);
        site.add(Links.groupFile(group, DIAGRAM + ".svg"), svg);
        site.add(Links.groupFile(group, DIAGRAM + ".dot"), dot(layer));
        site.add(Links.groupFile(group, DIAGRAM + ".mmd"), mermaid(layer));
        if (imageFormat == Format.PNG) {
            site.add(Links.groupFile(group, DIAGRAM + ".png"), PngRenderer.render(svg));
        }
        site.add(Links.groupPage(group), LayerPage.render(catalog, group, embed(placed, svg, imageFormat)));
    }

    /** The page markup of a diagram: the SVG inline (clickable), or the PNG with an image map. */
    DiagramEmbed embed(PlacedDiagram placed, String svg, Format imageFormat) {
        List<DiagramEmbed.Download> downloads = new ArrayList<>();
        downloads.add(new DiagramEmbed.Download("SVG", DIAGRAM + ".svg"));
        if (imageFormat == Format.PNG) {
            downloads.add(new DiagramEmbed.Download("PNG", DIAGRAM + ".png"));
        }
        downloads.add(new DiagramEmbed.Download("DOT", DIAGRAM + ".dot"));
        downloads.add(new DiagramEmbed.Download("Mermaid", DIAGRAM + ".mmd"));
        if (imageFormat != Format.PNG) {
            return new DiagramEmbed(inline(svg), downloads);
        }
        DiagramFrame frame = ImageMap.frame(placed, style);
        String markup = "<img src=\"" + DIAGRAM + ".png\" width=\"" + Num.fmt(frame.width()) + "\" height=\""
                + Num.fmt(frame.height()) + "\" usemap=\"#" + MAP_NAME + "\" alt=\""
                + Escape.xml("Diagram of " + placed.title()) + "\"/>\n" + ImageMap.write(MAP_NAME, placed, style);
        return new DiagramEmbed(markup, downloads);
    }

    /** A standalone SVG made fit for inclusion in a page: without its XML declaration. */
    static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
