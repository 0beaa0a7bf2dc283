package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertClean;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the planning commands: each a clear message on stderr, exit status 1 (2 for
 * wrong usage), nothing on stdout, no stack trace.
 */
class PlanningErrorsTest {

    @TempDir
    Path dir;

    private Path conformance;

    @BeforeEach
    void copyModels() {
        conformance = Fixtures.copy("conformance", dir);
    }

    static Stream<Arguments> userErrors() {
        String divide = "divide --xml --strategy greedy -i infrastructure.xml -d initial.xml --service-property requireMem"
                + " --target-property mem -s ";
        return Stream.of(
                Arguments.of(divide + "bad/truncated-services.xml",
                        "bad/truncated-services.xml:8:1: error: malformed services XML"),
                Arguments.of(divide + "bad/wrong-type-services.xml",
                        "bad/wrong-type-services.xml:5:5: error: property 'requireMem' has type 'int' but its value 'lots'"
                                + " is not an integer"),
                Arguments.of(divide + "missing.xml", "missing.xml: error: the services XML file does not exist"),
                Arguments.of("gendist -s missing.services -i lang", "missing.services:1:1: error: no such file"),
                Arguments.of("gendist --xml -s lang -i infrastructure.xml", "-s/--services: lang is a folder; with --xml"),
                Arguments.of("gendist -s lang/infrastructure.infra -i lang", "-s/--services: the given files contain no"
                        + " services model (.services file)"),
                Arguments.of("filter mapAtrOnList -s lang -i lang", "unknown filter 'mapAtrOnList'; did you mean"
                        + " 'mapAttrOnList'?"),
                Arguments.of("filter mapAttrOnList -s lang -i lang --param serviceProprety=type",
                        "mapAttrOnList: unknown parameter 'serviceProprety'; did you mean 'serviceProperty'?"
                                + " (mapAttrOnList takes: serviceProperty, targetPropertyList)"),
                Arguments.of("filter divide -s lang -i lang --param strategy=greedy",
                        "divide: parameter 'serviceProperty' is missing"),
                Arguments.of("divide --xml --strategy fastest -s services.xml -i infrastructure.xml -d initial.xml"
                        + " --service-property requireMem --target-property mem", "Unknown strategy: fastest"),
                // A distribution given as input (unlike a previous one) must name known targets.
                Arguments.of("filter order -s lang -i lang -d bad/unknown-target.dist --param targetProperty=priority",
                        "bad/unknown-target.dist:1:17: error: unknown target 'testtarget9'"),
                Arguments.of("gendist -s lang -i lang -F filters.nix", "-F/--filters: DynaDeploy has no Nix filter catalogs"));
    }

    @ParameterizedTest
    @MethodSource("userErrors")
    void aClearMessageAndExitStatusOne(String arguments, String message) {
        Run run = Cli.in(conformance).run(arguments.split(" "));
        assertUserError(run);
        assertStderrContains(run, message);
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Run run = Cli.in(conformance).run("divide", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "-d",
                "initial.xml", "--service-property", "requireMem", "--target-property", "mem");
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.stdout());
        assertStderrContains(run, "Missing required option: '--strategy=STRATEGY'");
        assertClean(run);
    }

    @Test
    void aPreviousDistributionMayNameWhatIsGone() {
        // The last deployment had testService1 on a target that has left: a warning, and the mapping is ignored.
        Run run = Cli.in(conformance).run("gendist", "-s", "lang", "-i", "lang", "-q", "qos/stateful.qos",
                "--previous", "bad/unknown-target.dist");
        assertSuccess(run);
        assertStderrContains(run, "bad/unknown-target.dist:1:17: warning: unknown target 'testtarget9'");
        assertStderrContains(run, "(the previous distribution's mapping is ignored)");
        assertEquals("testService1 => nothing\ntestService2 => testtarget1, testtarget2\n"
                + "testService3 => testtarget1, testtarget2\n", run.stdout());
    }
}
