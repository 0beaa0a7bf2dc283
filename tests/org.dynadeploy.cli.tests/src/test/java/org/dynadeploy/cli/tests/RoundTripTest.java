package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interoperability through the command line: our models to Disnix XML, that XML imported back
 * into our languages, and the import converted again gives the same XML.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("-s", "valid/app.services", "services"),
                Arguments.of("-i", "valid/infra.infra", "infra"),
                Arguments.of("--docs", "valid/app.services", "services"),
                Arguments.of("--id-resources", "valid/pools.idres", "idres"),
                Arguments.of("--ids", "valid/assigned.ids", "ids"));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void modelToXmlToModelToXmlIsStable(String option, String model, String extension) {
        Fixtures.copy("valid", dir);
        Run first = Cli.in(dir).run("xml", option, model, "-o", "first.xml");
        assertSuccess(first);
        assertSuccess(Cli.in(dir).run("import", "first.xml", "-o", "imported." + extension));
        Run second = Cli.in(dir).run("xml", option, "imported." + extension);
        assertSuccess(second);
        assertEquals(Fixtures.read(dir.resolve("first.xml")), second.stdout());
    }

    @Test
    void distributionRoundTrip() {
        Fixtures.copy("valid", dir);
        List<String> models = List.of("-d", "valid/app.services", "-i", "valid/infra.infra");
        Run first = Cli.in(dir).run(with(List.of("xml", "-d", "valid/deploy.dist"), models, "-o", "first.xml"));
        assertSuccess(first);
        assertSuccess(Cli.in(dir).run("import", "first.xml", "-s", "valid/app.services", "-i", "valid/infra.infra",
                "-o", "imported.dist"));
        Run second = Cli.in(dir).run(with(List.of("xml", "-d", "imported.dist"), models));
        assertSuccess(second);
        assertEquals(Fixtures.read(dir.resolve("first.xml")), second.stdout());
    }

    private static String[] with(List<String> head, List<String> tail, String... more) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
