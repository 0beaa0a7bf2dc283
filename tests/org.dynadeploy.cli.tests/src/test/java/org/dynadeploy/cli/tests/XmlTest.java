package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dynadeploy xml}: each conversion of dydisnix-xml, its priority order, and what it refuses. */
class XmlTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyModels() {
        Fixtures.copy("valid", dir);
    }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("-s valid/app.services", "expected/services.xml"),
                Arguments.of("-i valid/infra.infra", "expected/infrastructure.xml"),
                Arguments.of("-d valid/deploy.dist -d valid/app.services -i valid/infra.infra", "expected/distribution.xml"),
                Arguments.of("--nix -d valid/deploy.dist -d valid/app.services -i valid/infra.infra",
                        "expected/distribution.nix"),
                Arguments.of("--docs valid/app.services", "expected/docs-config.xml"),
                Arguments.of("--id-resources valid/pools.idres", "expected/idresources.xml"),
                Arguments.of("--ids valid/assigned.ids", "expected/ids.xml"),
                Arguments.of("--ids valid/assigned.ids --nix", "expected/ids.nix"),
                // Folders stand for the model files below them.
                Arguments.of("-s valid", "expected/services.xml"),
                Arguments.of("-d valid -i valid", "expected/distribution.xml"));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void convertsToTheExpectedDocument(String arguments, String expected) throws Exception {
        Run run = Cli.in(dir).run(("xml " + arguments).split(" "));
        assertSuccess(run);
        assertEquals(Fixtures.text(expected), run.stdout());
        assertEquals("", run.stderr(), run::toString);
        if (expected.endsWith(".xml")) {
            assertWellFormed(run.stdout());
        }
    }

    @Test
    void writesToAnOutputFile() {
        Run run = Cli.in(dir).run("xml", "-s", "valid/app.services", "-o", "services.xml");
        assertSuccess(run);
        assertEquals("", run.stdout());
        assertEquals(Fixtures.text("expected/services.xml"), Fixtures.read(dir.resolve("services.xml")));
    }

    @Test
    void servicesComeFirstAndTheIgnoredOptionsAreNamed() {
        Run run = Cli.in(dir).run("xml", "-i", "valid/infra.infra", "-s", "valid/app.services", "--ids", "valid/assigned.ids");
        assertSuccess(run);
        assertEquals(Fixtures.text("expected/services.xml"), run.stdout());
        assertStderrContains(run, "ignoring -i, --ids");
    }

    @Test
    void aDistributionWithoutInfrastructureIsNotADistributionConversion() {
        Run run = Cli.in(dir).run("xml", "-d", "valid", "--ids", "valid/assigned.ids");
        assertSuccess(run);
        assertEquals(Fixtures.text("expected/ids.xml"), run.stdout());
        Run alone = Cli.in(dir).run("xml", "-d", "valid");
        assertUserError(alone);
        assertStderrContains(alone, "Don't know how to generate XML from the given input files.");
        assertStderrContains(alone, "(-i)");
    }

    @Test
    void withoutModelsItDoesNotKnowWhatToDo() {
        Run run = Cli.in(dir).run("xml");
        assertUserError(run);
        assertStderrContains(run, "Don't know how to generate XML from the given input files. Are all models correctly"
                + " specified?");
    }

    @Test
    void nixOnlyForDistributionsAndIds() {
        Run run = Cli.in(dir).run("xml", "--nix", "-s", "valid/app.services");
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.stdout());
        assertStderrContains(run, "--nix is only available for");
    }

    @Test
    void aFileOfTheWrongKindIsNamed() {
        Run run = Cli.in(dir).run("xml", "-i", "valid/app.services");
        assertUserError(run);
        assertStderrContains(run, "-i/--infrastructure: the given files contain no infrastructure model");
    }

    @Test
    void aDistributionNeedsItsServices() {
        Run run = Cli.in(dir).run("xml", "-d", "valid/deploy.dist", "-i", "valid/infra.infra");
        assertUserError(run);
        assertStderrContains(run, "valid/deploy.dist:1:1: error: ");
        assertStderrContains(run, "hint: a distribution names services and targets");
    }

    @Test
    void modelsWithErrorsLeaveAnExistingOutputFileUntouched() throws Exception {
        Path output = Files.writeString(dir.resolve("services.xml"), "<previous/>\n");
        Fixtures.write(dir.resolve("broken.services"), "service web: process {\n    dependsOn nowhere\n}\n");
        Run run = Cli.in(dir).run("xml", "-s", "broken.services", "-o", "services.xml");
        assertUserError(run);
        assertStderrContains(run, "broken.services:2:15: error: ");
        assertEquals("<previous/>\n", Files.readString(output));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void anExistingOutputFileIsReplacedOnSuccess() throws Exception {
        Files.writeString(dir.resolve("services.xml"), "<previous/>\n");
        assertSuccess(Cli.in(dir).run("xml", "-s", "valid/app.services", "-o", "services.xml"));
        assertEquals(Fixtures.text("expected/services.xml"), Fixtures.read(dir.resolve("services.xml")));
    }

    @Test
    void modelsOfSeveralFilesAreMerged() {
        Fixtures.write(dir.resolve("web.services"), "group frontend \"Front\" {\n    service web: process {\n"
                + "        dependsOn db\n    }\n}\n");
        Fixtures.write(dir.resolve("db.services"), "group frontend {\n    service db: process {\n    }\n}\n");
        Run run = Cli.in(dir).run("xml", "-s", "web.services", "-s", "db.services");
        assertSuccess(run);
        String xml = run.stdout();
        assertTrue(xml.indexOf("<service name=\"db\">") < xml.indexOf("<service name=\"web\">"), xml);
        assertEquals(2, xml.split("<property name=\"group\" type=\"string\">frontend</property>", -1).length - 1, xml);
        Run docs = Cli.in(dir).run("xml", "--docs", "web.services", "--docs", "db.services");
        assertSuccess(docs);
        assertTrue(docs.stdout().contains("<group name=\"frontend\">Front</group>"), docs::toString);
    }

    private static void assertWellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(document.getDocumentElement() != null);
    }
}
