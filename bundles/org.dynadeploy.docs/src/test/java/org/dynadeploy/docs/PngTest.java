package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG through Batik: a real image at the SVG's size, shown with a clickable image map. */
class PngTest {

    @TempDir
    Path dir;

    @Test
    void diagramRendersAsPngOfTheSvgSize() throws Exception {
        ModelSet models = Fixtures.workedExample(dir.resolve("m"));
        byte[] png = ServicesDiagram.render(models, "services", Format.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String svg = new String(ServicesDiagram.render(models, "services", Format.SVG), StandardCharsets.UTF_8);
        Document doc = SiteChecker.parse(write(svg));
        assertEquals(Integer.parseInt(doc.getDocumentElement().getAttribute("width")), image.getWidth());
        assertEquals(Integer.parseInt(doc.getDocumentElement().getAttribute("height")), image.getHeight());
        assertTrue(hasInk(image), "something is drawn");
    }

    @Test
    void catalogInPngModeUsesImageMapsThatResolve() throws Exception {
        ModelSet models = Fixtures.workedExample(dir.resolve("m"));
        Path out = dir.resolve("out");
        DocsResult result = DocsGenerator.generate(models, DocsOptions.of(out).withImageFormat(Format.PNG));
        assertTrue(result.files().containsAll(java.util.List.of("diagram.png", "diagram.svg", "services/diagram.png")));
        SiteChecker site = new SiteChecker(out);
        site.checkLinks();
        Document page = site.document("services/index.html");
        NodeList areas = page.getElementsByTagNameNS("*", "area");
        assertEquals(4, areas.getLength(), "errordb, logging, portal, reporting");
        Element img = (Element) page.getElementsByTagNameNS("*", "img").item(0);
        assertEquals("#dd-diagram-map", img.getAttribute("usemap"));
        BufferedImage image = ImageIO.read(out.resolve("services/diagram.png").toFile());
        assertEquals(img.getAttribute("width"), Integer.toString(image.getWidth()));
    }

    @Test
    void infrastructureAndDeploymentRenderAsPng() throws Exception {
        ModelSet models = Fixtures.loadFolder(Fixtures.EXAMPLES.resolve("homework"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(InfrastructureDiagram.render(models, Format.PNG)));
        assertTrue(image.getWidth() > 100 && hasInk(image));
    }

    private Path write(String svg) throws Exception {
        Path file = dir.resolve("d.svg");
        Files.writeString(file, svg);
        return file;
    }

    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) return true;
            }
        }
        return false;
    }
}
