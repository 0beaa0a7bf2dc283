package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NixImporterTest {

    @TempDir
    Path dir;

    /** A stand-in for nix-instantiate: records its arguments, then runs the given shell body. */
    private Path fakeNix(String body) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path script = dir.resolve("nix-instantiate");
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + dir.resolve("args")
                + "\"\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void evaluatesAPlainFileWithTheDocumentedArguments() throws Exception {
        Path xml = file("out.xml", TestSupport.resource("infrastructure-nix.xml"));
        Path infra = file("infrastructure.nix", "{ }");
        NixImporter importer = new NixImporter(fakeNix("cat '" + xml + "'"), Duration.ofSeconds(30));
        InfrastructureModel model = importer.importInfrastructure(infra);
        assertEquals(2, model.getTargets().size());
        assertEquals(List.of("--eval", "--strict", "--xml", infra.toAbsolutePath().toString()),
                Files.readAllLines(dir.resolve("args")));
    }

    @Test
    void evaluatesADistributionAppliedToItsInfrastructure() throws Exception {
        Path xml = file("out.xml", TestSupport.resource("distribution-nix.xml"));
        Path infra = file("infrastructure.nix", "{ }");
        Path dist = file("my distribution.nix", "{infrastructure}: { }");
        ModelSet models = ModelSet.of(List.of(new ServicesXml().read(TestSupport.resourcePath("services.xml")),
                InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"))));
        NixImporter importer = new NixImporter(fakeNix("cat '" + xml + "'"), Duration.ofSeconds(30));
        List<String> warnings = new ArrayList<>();
        DistributionModel model = importer.importDistribution(dist, infra, models.servicesByName(),
                models.targetsByName(), warnings);
        assertEquals(3, model.getMappings().size());
        assertEquals(1, warnings.size());
        String distPath = dist.toAbsolutePath().toString();
        assertEquals(List.of("--eval", "--strict", "--xml", "-E", "import (/. + \"" + distPath
                + "\") { infrastructure = import " + infra.toAbsolutePath() + "; }"), Files.readAllLines(dir.resolve("args")));
    }

    @Test
    void reportsNixErrorsWithStderr() throws Exception {
        Path infra = file("infrastructure.nix", "{");
        NixImporter importer = new NixImporter(fakeNix("echo 'error: syntax error, unexpected end of file' >&2; exit 1"),
                Duration.ofSeconds(30));
        DisnixFormatException error = formatError(() -> importer.importIdResources(infra));
        assertEquals(infra + ": nix-instantiate could not evaluate the model (exit status 1):\n"
                + "error: syntax error, unexpected end of file", error.getMessage());
    }

    @Test
    void stopsAnEvaluationThatTakesTooLong() throws Exception {
        Path infra = file("infrastructure.nix", "{ }");
        NixImporter importer = new NixImporter(fakeNix("exec sleep 30"), Duration.ofMillis(300));
        long start = System.nanoTime();
        DisnixFormatException error = formatError(() -> importer.importInfrastructure(infra));
        assertTrue(error.getMessage().contains("did not finish within"), error.getMessage());
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
    }

    @Test
    void missingNixIsAClearError() throws Exception {
        Path infra = file("infrastructure.nix", "{ }");
        NixImporter importer = new NixImporter(dir.resolve("no-such-nix-instantiate"), Duration.ofSeconds(5));
        assertEquals(infra + ": nix-instantiate is not installed: install Nix (Debian: apt-get install nix-bin) or"
                + " convert the model to XML first", formatError(() -> importer.importInfrastructure(infra)).getMessage());
        assertTrue(formatError(() -> importer.importInfrastructure(dir.resolve("missing.nix"))).getMessage()
                .contains("does not exist"));
    }

    // ----- with a real Nix installation -----

    @Test
    void realNixErrorsArePositionedOrQuoteNix() throws Exception {
        assumeTrue(NixImporter.isNixAvailable(), "nix-instantiate is not installed");
        NixImporter importer = new NixImporter();
        Path wrong = file("wrong.nix", "{\n  t = {\n    properties = { };\n    numOfCores = \"2\";\n  };\n}\n");
        assertEquals(wrong.toAbsolutePath() + ":4:5: numOfCores of target 't' must be an integer, not a string",
                formatError(() -> importer.importInfrastructure(wrong)).getMessage());
        Path broken = file("broken.nix", "{ t = ");
        DisnixFormatException error = formatError(() -> importer.importInfrastructure(broken));
        assertTrue(error.getMessage().startsWith(broken + ": nix-instantiate could not evaluate the model (exit status 1):\n"),
                error.getMessage());
        assertTrue(error.getMessage().contains("error"), error.getMessage());
    }

    @Test
    void realNixInfrastructureAndIdResources() throws Exception {
        assumeTrue(NixImporter.isNixAvailable(), "nix-instantiate is not installed");
        Path infra = file("infrastructure.nix", """
                {
                  test1 = {
                    properties = { hostname = "test1"; mem = 1024; zones = [ "US" ]; };
                    containers = { process = { }; };
                    system = "x86_64-linux";
                    numOfCores = 2;
                  };
                  test2.properties.hostname = "test2";
                }
                """);
        NixImporter importer = new NixImporter();
        InfrastructureModel model = importer.importInfrastructure(infra);
        assertEquals(List.of("test1", "test2"), model.getTargets().stream().map(t -> t.getName()).toList());
        assertEquals(2, model.getTargets().get(0).getNumOfCores());

        Path resources = file("idresources.nix", "{ ports = { min = 3000; max = 4000; scope = \"global\"; }; }");
        IdResourcesModel ids = importer.importIdResources(resources);
        assertEquals(4000, ids.getResources().get(0).getMax());

        Path dist = file("distribution.nix", """
                {infrastructure}:
                {
                  a = [ infrastructure.test2 ];
                  b = { targets = [ { target = infrastructure.test1; container = "process"; } ]; };
                }
                """);
        ModelSet models = ModelSet.of(List.of(model, new ServicesXml().read("<services><service name=\"a\"/>"
                + "<service name=\"b\"/></services>", "s.xml")));
        DistributionModel distribution = importer.importDistribution(dist, infra, models.servicesByName(),
                models.targetsByName(), new ArrayList<>());
        assertEquals("""
                {infrastructure}:

                {
                  a = [
                    infrastructure.test2
                  ];
                  b = {
                    targets = [
                      { target = infrastructure.test1; container = "process"; }
                    ];
                  };
                }
                """, NixDistributionWriter.write(distribution));
    }
}
