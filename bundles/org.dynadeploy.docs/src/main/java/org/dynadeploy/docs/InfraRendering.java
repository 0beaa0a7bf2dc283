package org.dynadeploy.docs;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.docs.deployment.Deployment;
import org.dynadeploy.docs.html.DeploymentPage;
import org.dynadeploy.docs.html.DiagramEmbed;
import org.dynadeploy.docs.html.InfrastructurePage;
import org.dynadeploy.docs.render.BoxSvg;
import org.dynadeploy.docs.render.DiagramStyle;
import org.dynadeploy.docs.render.InfraExport;
import org.dynadeploy.docs.render.InfraViews;
import org.dynadeploy.docs.render.PngRenderer;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.SiteFiles;

/**
 * The infrastructure and deployment views: their diagrams in every format and their pages.
 * Both pages show the SVG inline even when PNG is asked for, since their links (to services and
 * machines) are many small text items that an image map would serve badly; the PNG is offered
 * as a download.
 */
final class InfraRendering {

    static final String INFRASTRUCTURE = "infrastructure";
    static final String DEPLOYMENT = "deployment";

    private final Catalog catalog;
    private final DiagramStyle style = DiagramStyle.defaults();

    InfraRendering(Catalog catalog) {
        this.catalog = catalog;
    }

    String infrastructureSvg() {
        return new BoxSvg(style).write(InfraViews.infrastructure(catalog, "", style), true);
    }

    String deploymentSvg(Deployment deployment) {
        return new BoxSvg(style).write(InfraViews.deployment(catalog, deployment, "", style), true);
    }

    byte[] infrastructure(Format format) {
        return switch (format) {
            case SVG -> LayerRendering.bytes(infrastructureSvg());
            case PNG -> PngRenderer.render(infrastructureSvg());
            case DOT -> LayerRendering.bytes(InfraExport.dot(catalog));
            case MERMAID -> LayerRendering.bytes(InfraExport.mermaid(catalog));
        };
    }

    byte[] deployment(Deployment deployment, Format format) {
        return switch (format) {
            case SVG -> LayerRendering.bytes(deploymentSvg(deployment));
            case PNG -> PngRenderer.render(deploymentSvg(deployment));
            case DOT -> LayerRendering.bytes(InfraExport.deploymentDot(catalog, deployment));
            case MERMAID -> LayerRendering.bytes(InfraExport.deploymentMermaid(catalog, deployment));
        };
    }

    void addTo(SiteFiles site, Format imageFormat) {
        if (catalog.hasInfrastructure()) {
            String svg = infrastructureSvg();
            addViewFiles(site, INFRASTRUCTURE, svg, InfraExport.dot(catalog), InfraExport.mermaid(catalog), imageFormat);
            site.add(INFRASTRUCTURE + ".html", InfrastructurePage.render(catalog, embed(INFRASTRUCTURE, svg, imageFormat)));
        }
        catalog.deployment().ifPresent(deployment -> {
            String svg = deploymentSvg(deployment);
            addViewFiles(site, DEPLOYMENT, svg, InfraExport.deploymentDot(catalog, deployment),
                    InfraExport.deploymentMermaid(catalog, deployment), imageFormat);
            site.add(DEPLOYMENT + ".html", DeploymentPage.render(catalog, deployment, embed(DEPLOYMENT, svg, imageFormat)));
        });
    }

    private static void addViewFiles(SiteFiles site, String stem, String svg, String dot, String mermaid, Format imageFormat) {
        site.add(stem + ".svg", svg);
        site.add(stem + ".dot", dot);
        site.add(stem + ".mmd", mermaid);
        if (imageFormat == Format.PNG) {
            site.add(stem + ".png", PngRenderer.render(svg));
        }
    }

    private static DiagramEmbed embed(String stem, String svg, Format imageFormat) {
        List<DiagramEmbed.Download> downloads = new ArrayList<>();
        downloads.add(new DiagramEmbed.Download("SVG", stem + ".svg"));
        if (imageFormat == Format.PNG) {
            downloads.add(new DiagramEmbed.Download("PNG", stem + ".png"));
        }
        downloads.add(new DiagramEmbed.Download("DOT", stem + ".dot"));
        downloads.add(new DiagramEmbed.Download("Mermaid", stem + ".mmd"));
        return new DiagramEmbed(LayerRendering.inline(svg), downloads);
    }
}
