package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dynadeploy import}: Disnix XML and Nix into our languages; kind detection; safe output. */
class ImportTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyModels() {
        Fixtures.copy("valid", dir);
        Fixtures.copy("expected", dir);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("expected/services.xml", "service web: tomcat-webapplication {"),
                Arguments.of("expected/infrastructure.xml", "target test1 {"),
                Arguments.of("expected/idresources.xml", "pool ports 3000..4000 scope machine step 2"),
                Arguments.of("expected/ids.xml", "ids ports {"),
                Arguments.of("expected/docs-config.xml", "title \"backend/storage\" = \"Databases\""));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theKindIsToldByTheRootElement(String file, String expectedText) {
        Run run = Cli.in(dir).run("import", file);
        assertSuccess(run);
        assertTrue(run.stdout().contains(expectedText), run::toString);
        assertEquals("", run.stderr(), run::toString);
    }

    @Test
    void aDistributionIsResolvedAgainstTheGivenModels() {
        Run run = Cli.in(dir).run("import", "expected/distribution.xml", "-s", "valid/app.services", "-i", "valid");
        assertSuccess(run);
        assertEquals("""
                rooms => test1, test2
                pin roomsdb => test1 in mysql-database
                staff => nothing
                web => test1
                zipcodes => test2
                """, run.stdout());
    }

    @Test
    void aDistributionNeedsServicesAndInfrastructure() {
        Run run = Cli.in(dir).run("import", "expected/distribution.xml");
        assertUserError(run);
        assertStderrContains(run, "give the services model with -s and the infrastructure model with -i");
    }

    @Test
    void unknownServicesOfADistributionAreSkippedWithAWarning() {
        Fixtures.write(dir.resolve("dist.xml"), "<distribution>\n  <service name=\"ghost\"/>\n"
                + "  <service name=\"web\"><mapping><target>test1</target></mapping></service>\n</distribution>\n");
        Run run = Cli.in(dir).run("import", "dist.xml", "-s", "valid", "-i", "valid");
        assertSuccess(run);
        assertEquals("web => test1\n", run.stdout());
        assertStderrContains(run, "dist.xml:2:3: warning: service 'ghost'");
    }

    @Test
    void aKindThatContradictsTheFileIsAnError() {
        Run run = Cli.in(dir).run("import", "--kind", "ids", "expected/services.xml");
        assertUserError(run);
        assertStderrContains(run, "expected/services.xml:2:1: error: the root element is <services>");
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        Path output = Files.writeString(dir.resolve("infra.infra"), "// mine\n");
        Run refused = Cli.in(dir).run("import", "expected/infrastructure.xml", "-o", "infra.infra");
        assertUserError(refused);
        assertStderrContains(refused, "infra.infra already exists; give --force to replace it");
        assertEquals("// mine\n", Files.readString(output));
        Run forced = Cli.in(dir).run("import", "expected/infrastructure.xml", "-o", "infra.infra", "--force");
        assertSuccess(forced);
        assertEquals("", forced.stdout());
        assertTrue(Files.readString(output).startsWith("target test1 {"), forced::toString);
    }

    @Test
    void theImportedModelValidatesAndIsFormatted() {
        Run run = Cli.in(dir).run("import", "expected/services.xml", "-o", "imported.services");
        assertSuccess(run);
        assertEquals("", run.stdout());
        assertSuccess(Cli.in(dir).run("validate", "imported.services"));
        assertSuccess(Cli.in(dir).run("format", "--check", "imported.services"));
    }

    @Test
    void wrongUsage() {
        assertEquals(2, Cli.in(dir).run("import", "--xml", "--nix", "expected/ids.xml").exit());
        assertEquals(2, Cli.in(dir).run("import", "--kind", "everything", "expected/ids.xml").exit());
        assertEquals(2, Cli.in(dir).run("import").exit());
        Fixtures.write(dir.resolve("model.nix"), "{ }\n");
        Run nixWithoutKind = Cli.in(dir).run("import", "model.nix");
        assertEquals(2, nixWithoutKind.exit(), nixWithoutKind::toString);
    }

    @Test
    void nixServicesModelsCannotBeImported() {
        Fixtures.write(dir.resolve("services.nix"), "{ pkgs, system, distribution, invDistribution }: { }\n");
        Run run = Cli.in(dir).run("import", "--kind", "services", "services.nix");
        assertUserError(run);
        assertStderrContains(run, "convert it to XML first");
    }

    @Test
    void nixModelsAreEvaluatedWithNixInstantiate() {
        assumeTrue(onPath("nix-instantiate"), "nix-instantiate is not installed");
        Fixtures.write(dir.resolve("infrastructure.nix"), """
                {
                  test1 = {
                    properties = { hostname = "test1.example.org"; mem = 524288; };
                    containers = { mysql-database = { mysqlPort = 3306; }; };
                    system = "x86_64-linux";
                  };
                  test2 = { properties = { hostname = "test2.example.org"; }; };
                }
                """);
        Run infrastructure = Cli.in(dir).run("import", "--kind", "infrastructure", "infrastructure.nix");
        assertSuccess(infrastructure);
        assertTrue(infrastructure.stdout().contains("target test1 {"), infrastructure::toString);
        // The distribution expression our xml command writes, read back through Nix.
        Run distribution = Cli.in(dir).run("import", "--kind", "distribution", "expected/distribution.nix",
                "-s", "valid/app.services", "-i", "infrastructure.nix");
        assertSuccess(distribution);
        assertEquals("""
                rooms => test1, test2
                roomsdb => test1 in mysql-database
                staff => nothing
                web => test1
                zipcodes => test2
                """, distribution.stdout());
    }

    @Test
    void aNixEvaluationErrorIsReported() {
        assumeTrue(onPath("nix-instantiate"), "nix-instantiate is not installed");
        Fixtures.write(dir.resolve("broken.nix"), "{ test1 = { properties = { }; } \n");
        Run run = Cli.in(dir).run("import", "--kind", "infrastructure", "broken.nix", "-o", "out.infra");
        assertUserError(run);
        assertStderrContains(run, "broken.nix: error: nix-instantiate could not evaluate the model");
        assertTrue(!Files.exists(dir.resolve("out.infra")));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
