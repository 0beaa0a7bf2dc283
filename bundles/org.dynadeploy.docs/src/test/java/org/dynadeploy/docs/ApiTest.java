package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points the CLI and the Maven plugin use. */
class ApiTest {

    @TempDir
    static Path dir;
    static ModelSet worked;
    static Path out;

    @BeforeAll
    static void generate() throws Exception {
        worked = Fixtures.workedExample(dir.resolve("worked"));
        out = dir.resolve("out");
        DocsGenerator.generate(worked, DocsOptions.of(out));
    }

    @Test
    void singleDiagramAndPageEqualTheCatalogsFiles() throws Exception {
        assertEquals(Files.readString(out.resolve("services/logging/diagram.svg")),
                ServicesDiagram.renderText(worked, "services/logging", Format.SVG));
        assertEquals(Files.readString(out.resolve("services/logging/diagram.mmd")),
                ServicesDiagram.renderText(worked, "services/logging", Format.MERMAID));
        assertEquals(Files.readString(out.resolve("services/index.html")), ServicesPage.render(worked, "services"));
    }

    @Test
    void unknownGroupsAreReportedWithTheKnownOnes() {
        UnknownGroupException error = assertThrows(UnknownGroupException.class,
                () -> ServicesDiagram.render(worked, "nope", Format.DOT));
        assertEquals("nope", error.group());
        assertTrue(error.getMessage().contains("services/logging"), error.getMessage());
        assertThrows(UnknownGroupException.class, () -> ServicesPage.render(worked, "services/nope"));
    }

    @Test
    void withoutCollapsingSubgroupsEveryServiceIsDrawn() {
        String dot = new String(ServicesDiagram.render(worked, "services", Format.DOT, new ServicesDiagram.Options(false)),
                StandardCharsets.UTF_8);
        assertTrue(dot.contains("\"portal\" -> \"loggingapi\""), dot);
        assertTrue(!dot.contains("style=dashed ]"), "no group nodes");
    }

    @Test
    void formatsAndOptionsAreValidated() {
        assertEquals(Format.MERMAID, Format.parse("Mermaid"));
        assertEquals(Format.MERMAID, Format.parse("mmd"));
        assertEquals(Format.PNG, Format.parse("PNG"));
        assertThrows(IllegalArgumentException.class, () -> Format.parse("gif"));
        assertThrows(IllegalArgumentException.class, () -> DocsOptions.of(out).withImageFormat(Format.DOT));
        assertThrows(IllegalArgumentException.class, () -> DocsOptions.of(out).withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> ServicesDiagram.renderText(worked, "", Format.PNG));
    }

    @Test
    void generatingAgainOverwritesAndKeepsForeignFiles() throws Exception {
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("README.txt"), "mine");
        Files.writeString(again.resolve("index.html"), "stale");
        DocsResult result = DocsGenerator.generate(worked, DocsOptions.of(again));
        assertEquals("mine", Files.readString(again.resolve("README.txt")));
        assertEquals(Files.readString(out.resolve("index.html")), Files.readString(again.resolve("index.html")));
        assertEquals(again.resolve("index.html"), result.indexPage());
    }
}
