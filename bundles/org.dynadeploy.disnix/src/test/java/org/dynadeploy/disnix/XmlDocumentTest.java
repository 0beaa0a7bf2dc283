package org.dynadeploy.disnix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ServicesModel;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing first and building the model later gives the model reading at once gives. */
class XmlDocumentTest {

    @Test
    void servicesParsedThenReadEqualReadAtOnce() {
        ServicesModel atOnce = new ServicesXml().read(TestSupport.resourcePath("services.xml"));
        XmlDocument document = ServicesXml.parse(TestSupport.resourcePath("services.xml"));
        ServicesModel later = new ServicesXml().read(document);
        assertEquals(true, EcoreUtil.equals(atOnce, later));
    }

    @Test
    void infrastructureParsedThenReadEqualsReadAtOnce() {
        InfrastructureModel atOnce = InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"));
        InfrastructureModel later = InfrastructureXml.read(InfrastructureXml.parse(TestSupport.resourcePath("infrastructure.xml")));
        assertEquals(true, EcoreUtil.equals(atOnce, later));
    }

    @Test
    void aDocumentIsOnlyReadAsItsOwnKind() {
        XmlDocument services = ServicesXml.parse(TestSupport.resourcePath("services.xml"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InfrastructureXml.read(services));
        assertEquals("this is a services XML document; it cannot be read as infrastructure XML", e.getMessage());
    }

    @Test
    void parsingReportsFormatErrorsWithTheirPosition(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("services.xml"), "<services>\n  <service name=\"a\">\n</services>\n");
        DisnixFormatException e = assertThrows(DisnixFormatException.class, () -> ServicesXml.parse(file));
        assertEquals(true, e.getMessage().contains("services.xml:3:"), e.getMessage());
    }
}
