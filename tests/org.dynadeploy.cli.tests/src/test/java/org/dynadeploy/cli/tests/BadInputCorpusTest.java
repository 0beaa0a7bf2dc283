package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind gives a clear, positioned error, exit status 1, no stack trace, no
 * crash, and writes nothing. The corpus is src/test/resources/bad: model files there, Disnix XML
 * in bad/xml; each file declares the error it must produce in its first line. Inputs that cannot
 * live in the repository (empty, binary, huge, hostile XML) are generated here.
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyCorpus() {
        Fixtures.copy("bad", dir);
        Fixtures.copy("valid", dir);
    }

    static List<String> modelCorpus() {
        return Fixtures.list("bad");
    }

    static List<String> xmlCorpus() {
        return Fixtures.list("bad/xml");
    }

    @ParameterizedTest
    @MethodSource("modelCorpus")
    void validateReportsTheDeclaredError(String name) {
        String path = "bad/" + name;
        Expectation expected = Expectation.of(Fixtures.read(dir.resolve(path)));
        Run run = Cli.in(dir).run("validate", path);
        assertUserError(run);
        assertTrue(expected.matches(run.stderr(), path), () -> "expected " + expected.describe(path) + "\n" + run);
    }

    /** One run for the whole corpus: any error in the models given means no output at all. */
    @Test
    void xmlWritesNothingForAnyOfThem() {
        Run run = Cli.in(dir).run("xml", "-s", "bad", "-o", "out.xml");
        assertUserError(run);
        assertStderrContains(run, "in the input models; nothing was written");
        assertFalse(Files.exists(dir.resolve("out.xml")), "an output file was written");
        assertNoTemporaryFiles();
    }

    /** One run for the whole corpus: files with syntax errors are left exactly as they were. */
    @Test
    void formatLeavesFilesWithSyntaxErrorsAlone() throws IOException {
        Map<String, byte[]> before = new HashMap<>();
        for (String name : modelCorpus()) {
            before.put(name, Files.readAllBytes(dir.resolve("bad/" + name)));
        }
        Run run = Cli.in(dir).run("format", "bad");
        assertEquals(1, run.exit(), run::toString);
        Outcomes.assertClean(run);
        for (String name : modelCorpus()) {
            if (name.startsWith("syntax-") || name.startsWith("wrong-type-cores")) {
                assertStderrContains(run, "bad/" + name + ": not formatted");
                assertArrayEquals(before.get(name), Files.readAllBytes(dir.resolve("bad/" + name)), name + " was changed");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("xmlCorpus")
    void importReportsTheDeclaredError(String name) {
        String path = "bad/xml/" + name;
        Expectation expected = Expectation.of(Fixtures.read(dir.resolve(path)));
        Run run = Cli.in(dir).run("import", path, "-s", "valid/app.services", "-i", "valid/infra.infra",
                "-o", "out.model");
        assertUserError(run);
        assertTrue(expected.matches(run.stderr(), path), () -> "expected " + expected.describe(path) + "\n" + run);
        assertFalse(Files.exists(dir.resolve("out.model")), "an output file was written");
    }

    @Test
    void anEmptyModelFileIsAnError() throws IOException {
        Files.write(dir.resolve("empty.services"), new byte[0]);
        Files.writeString(dir.resolve("blank.infra"), "\n   \n\t\n");
        Run run = Cli.in(dir).run("validate", "empty.services", "blank.infra");
        assertUserError(run);
        assertStderrContains(run, "empty.services:1:1: error: the file is empty");
        assertStderrContains(run, "blank.infra:1:1: error: the file is empty");
        Run xml = Cli.in(dir).run("xml", "-s", "empty.services", "-o", "out.xml");
        assertUserError(xml);
        assertFalse(Files.exists(dir.resolve("out.xml")));
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(20261122L).nextBytes(garbage);
        garbage[100] = 0;
        Path file = Files.write(dir.resolve("garbage.services"), garbage);
        Run run = Cli.in(dir).run("validate", "garbage.services");
        assertUserError(run);
        assertStderrContains(run, "garbage.services:1:1: error: not a text file");
        Run format = Cli.in(dir).run("format", "garbage.services");
        assertUserError(format);
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }

    @Test
    void binaryGarbageWithoutNulBytesIsASyntaxError() throws IOException {
        byte[] garbage = new byte[16 * 1024];
        new Random(7L).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == 0) garbage[i] = 1;
        }
        Files.write(dir.resolve("garbage.infra"), garbage);
        Run run = Cli.in(dir).run("validate", "garbage.infra");
        assertUserError(run);
        assertTrue(run.stderr().lines().anyMatch(l -> l.matches("garbage\\.infra:\\d+:\\d+: error: .*")), run::toString);
    }

    @Test
    void aTenMegabyteFileIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.services");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] service = "service s: process {\n}\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 10L * 1024 * 1024; written += service.length) {
                out.write(service);
            }
        }
        long size = Files.size(file);
        Run run = Cli.in(dir).run("validate", "huge.services");
        assertUserError(run);
        assertStderrContains(run, "huge.services:1:1: error: file is too large");
        Run xml = Cli.in(dir).run("xml", "-s", "huge.services", "-o", "out.xml");
        assertUserError(xml);
        assertFalse(Files.exists(dir.resolve("out.xml")));
        Run format = Cli.in(dir).run("format", "huge.services");
        assertUserError(format);
        assertEquals(size, Files.size(file));
    }

    @Test
    void missingFilesAreReported() {
        Run validate = Cli.in(dir).run("validate", "nowhere.services");
        assertUserError(validate);
        assertStderrContains(validate, "nowhere.services:1:1: error: no such file");
        Run xml = Cli.in(dir).run("xml", "-i", "nowhere.infra");
        assertUserError(xml);
        assertStderrContains(xml, "nowhere.infra:1:1: error: no such file");
        Run imported = Cli.in(dir).run("import", "nowhere.xml");
        assertUserError(imported);
        assertStderrContains(imported, "nowhere.xml: no such file");
    }

    @Test
    void emptyAndBinaryXmlIsRefused() throws IOException {
        Files.write(dir.resolve("empty.xml"), new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(3L).nextBytes(garbage);
        Files.write(dir.resolve("garbage.xml"), garbage);
        Run empty = Cli.in(dir).run("import", "empty.xml", "-o", "out.services");
        assertUserError(empty);
        assertStderrContains(empty, "empty.xml:1:1: error: the XML file is empty");
        Run binary = Cli.in(dir).run("import", "garbage.xml", "-o", "out.services");
        assertUserError(binary);
        assertTrue(binary.stderr().startsWith("garbage.xml:1:"), binary::toString);
        Run kind = Cli.in(dir).run("import", "--kind", "services", "garbage.xml", "-o", "out.services");
        assertUserError(kind);
        assertFalse(Files.exists(dir.resolve("out.services")));
    }

    /** External entities are never resolved: the marker of the referenced file never shows up. */
    @ParameterizedTest
    @MethodSource("hostileDoctypes")
    void externalEntitiesAreNeverRead(String doctype) throws IOException {
        String marker = "XXE-MARKER-" + Long.toHexString(new Random().nextLong());
        Path secret = Files.writeString(dir.resolve("secret.txt"), marker + "\n");
        Path dtd = Files.writeString(dir.resolve("evil.dtd"),
                "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">\n");
        String xml = "<?xml version=\"1.0\"?>\n" + doctype.replace("SECRET", secret.toUri().toString())
                .replace("DTD", dtd.toUri().toString())
                + "\n<services>\n  <service name=\"&xxe;\">\n    <property name=\"dependsOn\"/>\n"
                + "    <property name=\"connectsTo\"/>\n    <property name=\"description\" type=\"string\">&xxe;</property>\n"
                + "  </service>\n</services>\n";
        Files.writeString(dir.resolve("xxe.xml"), xml);
        for (String[] arguments : new String[][] {{"import", "xxe.xml", "-o", "out.services"},
                {"import", "--debug", "--kind", "docs", "xxe.xml"}}) {
            Run run = Cli.in(dir).run(arguments);
            assertEquals(1, run.exit(), run::toString);
            assertEquals("", run.stdout(), run::toString);
            assertFalse(run.stderr().contains(marker), () -> "the external entity was read:\n" + run);
            assertStderrContains(run, "xxe.xml:2:1: error: DOCTYPE declarations are not allowed");
        }
        assertFalse(Files.exists(dir.resolve("out.services")));
    }

    static Stream<String> hostileDoctypes() {
        return Stream.of(
                "<!DOCTYPE services [ <!ENTITY xxe SYSTEM \"SECRET\"> ]>",
                "<!DOCTYPE services [ <!ENTITY % p SYSTEM \"SECRET\"> %p; <!ENTITY xxe \"x\"> ]>",
                "<!DOCTYPE services SYSTEM \"DTD\">",
                "<!DOCTYPE services [ <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + " <!ENTITY xxe \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>");
    }

    private void assertNoTemporaryFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            assertTrue(left.isEmpty(), "temporary files left behind: " + left);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
