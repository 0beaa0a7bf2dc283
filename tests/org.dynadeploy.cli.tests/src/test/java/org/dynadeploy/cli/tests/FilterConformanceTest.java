package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Candidates.T1;
import static org.dynadeploy.cli.tests.Candidates.T2;
import static org.dynadeploy.cli.tests.Candidates.T3;
import static org.dynadeploy.cli.tests.Candidates.nix3;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derivations of the behaviour reference (§5.5, dydisnix's tests/gendist.nix cases 03-21)
 * through the commands named after dydisnix's tools, on dydisnix's test models as Disnix XML
 * (src/test/resources/conformance). Outputs are compared in the C tools' Nix form.
 */
class FilterConformanceTest {

    @TempDir
    Path dir;

    private Path conformance;

    @BeforeEach
    void copyModels() {
        conformance = Fixtures.copy("conformance", dir);
    }

    /** Runs a command on services.xml and infrastructure.xml (unless the arguments name others). */
    private Run run(String command, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(command);
        List<String> given = List.of(arguments);
        all.add("--xml");
        if (!given.contains("-s")) all.addAll(List.of("-s", "services.xml"));
        if (!given.contains("-i") && !given.contains("--no-infrastructure")) all.addAll(List.of("-i", "infrastructure.xml"));
        given.stream().filter(a -> !a.equals("--no-infrastructure")).forEach(all::add);
        return Cli.in(conformance).run(all.toArray(String[]::new));
    }

    private static void assertOutput(String expected, Run run) {
        assertSuccess(run);
        assertEquals(expected, run.stdout(), run::toString);
    }

    static Stream<Arguments> strategies() {
        return Stream.of(
                // gendist-07: ts1 -> tt1 (262144 left), ts2 -> tt1 (1 left), ts3 -> tt2.
                Arguments.of("greedy", nix3(List.of(T1), List.of(T1), List.of(T2))),
                // gendist-09: the most room left wins: 655360 > 524288, 524288 > 393216, 393216 > 262145.
                Arguments.of("highest-bidder", nix3(List.of(T2), List.of(T1), List.of(T2))),
                // gendist-11: the least room that still fits: tt1 twice, then tt1 has only 1 left.
                Arguments.of("lowest-bidder", nix3(List.of(T1), List.of(T1), List.of(T2))));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void divide(String strategy, String expected) {
        assertOutput(expected, run("divide", "--strategy", strategy, "-d", "initial.xml", "--service-property",
                "requireMem", "--target-property", "mem"));
    }

    @Test
    void divideUnderCapacityNamesTheServiceItsNeedAndTheMostLeft() {
        // gendist-08: every target has mem = 1.
        Run run = run("divide", "--strategy", "greedy", "-i", "infrastructure-undercapacity.xml", "-d", "initial.xml",
                "--service-property", "requireMem", "--target-property", "mem");
        assertUserError(run);
        assertStderrContains(run, "Unable to select a target machine for service: testService1, because none of them"
                + " has sufficient resources left! (it needs 262144 requireMem; the most any candidate has left is 1 on"
                + " testtarget1)");
    }

    @Test
    void minsetcover() {
        // gendist-14: tt1 costs 100/3 per service, tt2 200/3: everything goes to tt1.
        assertOutput(nix3(List.of(T1), List.of(T1), List.of(T1)),
                run("minsetcover", "-d", "initial.xml", "--target-property", "cost"));
    }

    @Test
    void minsetcoverAfterMapListOnAttr() {
        // gendist-15: after requireAccess -> access, ts1 and ts2 may use both targets, ts3 only tt2.
        assertSuccess(run("filter", "mapListOnAttr", "-d", "initial.xml",
                "--param", "servicePropertyList=requireAccess,targetProperty=access", "--output-xml", "-o", "access.xml"));
        // tt1: 100/2 = 50 < tt2: 200/3, so ts1 and ts2 go to tt1; then tt1 covers nothing new and ts3 goes to tt2.
        assertOutput(nix3(List.of(T1), List.of(T1), List.of(T2)),
                run("minsetcover", "-d", "access.xml", "--target-property", "cost"));
    }

    @Test
    void roundRobin() {
        // gendist-13: the successor of the previous service's target in the service's own list.
        assertOutput(nix3(List.of(T1), List.of(T2), List.of(T1)), run("filter", "divideRoundRobin", "-d", "initial.xml"));
    }

    @Test
    void multiwaycutWithTwoTargets() {
        // gendist-16: the heaviest terminal (tt1 first on ties) keeps its candidates, everyone else its first.
        assertOutput(nix3(List.of(T1), List.of(T1), List.of(T1)), run("multiwaycut", "-d", "initial.xml"));
    }

    @Test
    void multiwaycutWithThreeTargetsReadsTheTargetsFromTheDistribution() {
        // gendist-17; as dydisnix-multiwaycut --xml, no infrastructure is needed.
        assertOutput(nix3(List.of(T1), List.of(T1), List.of(T1)),
                run("multiwaycut", "--no-infrastructure", "-d", "initial-3.xml"));
    }

    @Test
    void graphcolWithThreeTargets() {
        // gendist-18: the triangle ts1-ts2-ts3 needs three colours.
        assertOutput(nix3(List.of(T1), List.of(T2), List.of(T3)), run("graphcol", "-i", "infrastructure-3.xml"));
    }

    @Test
    void graphcolWithTwoTargetsSaysHowManyAreMissing() {
        // gendist-19.
        Run run = run("graphcol");
        assertUserError(run);
        assertStderrContains(run, "Not enough target machines available to compute a valid graph coloring! (the"
                + " colouring needs 3 targets, the infrastructure has 2: 1 missing)");
    }

    static Stream<Arguments> mapFilters() {
        return Stream.of(
                // gendist-03: one-to-one requireZone == zone.
                Arguments.of("mapAttrOnAttr", "serviceProperty=requireZone,targetProperty=zone",
                        nix3(List.of(T1), List.of(T1), List.of(T2))),
                // gendist-04: one-to-many, type in supportedTypes.
                Arguments.of("mapAttrOnList", "serviceProperty=type,targetPropertyList=supportedTypes",
                        nix3(List.of(T1, T2), List.of(T1, T2), List.of(T1, T2))),
                // gendist-05: many-to-one, zone in requireZones.
                Arguments.of("mapListOnAttr", "servicePropertyList=requireZones,targetProperty=zone",
                        nix3(List.of(T1), List.of(T2), List.of(T1, T2))),
                // gendist-06: ascending priority puts tt2 (1) before tt1 (2).
                Arguments.of("order", "targetProperty=priority", nix3(List.of(T2, T1), List.of(T2, T1), List.of(T2, T1))));
    }

    /** Without -d the input is the initial distribution, as in gendist's QoS models. */
    @ParameterizedTest
    @MethodSource("mapFilters")
    void mapFiltersAndOrder(String filter, String parameters, String expected) {
        assertOutput(expected, run("filter", filter, "--param", parameters));
    }

    @Test
    void mapStatefulToPrevious() {
        // gendist-20: after everything was on tt1, the stateful ts1 stays there; the others keep both targets.
        assertOutput(nix3(List.of(T1), List.of(T1, T2), List.of(T1, T2)),
                run("filter", "mapStatefulToPrevious", "-d", "initial.xml", "--previous", "previous-firsttargets.xml"));
    }

    @Test
    void mapBoundServicesToPrevious() {
        // gendist-21: every service of the previous deployment gets its previous targets.
        assertOutput(nix3(List.of(T1), List.of(T1), List.of(T1)),
                run("filter", "mapBoundServicesToPrevious", "-d", "initial.xml", "--previous", "previous-firsttargets.xml"));
    }

    @Test
    void aPreviousDistributionWithContainersIsMatchedByTarget() {
        // Reference §10.7: dydisnix never matches the attribute-set form and leaves ts1 with nothing.
        assertOutput(nix3(List.of(T2), List.of(T1, T2), List.of(T1, T2)),
                run("filter", "mapStatefulToPrevious", "-d", "initial.xml", "--previous", "previous-containers.xml"));
    }

    @Test
    void containersOfThePreviousDistributionAreKept() {
        // The previous mappings replace the candidates, containers included: the attribute-set form.
        assertOutput(nix3(List.of(T2 + "/echo"), List.of(T1 + "/echo"), List.of(T2 + "/echo")),
                run("filter", "mapBoundServicesToPrevious", "-d", "initial.xml", "--previous", "previous-containers.xml"));
        Run xml = run("filter", "mapBoundServicesToPrevious", "-d", "initial.xml", "--previous", "previous-containers.xml",
                "--output-xml");
        assertSuccess(xml);
        assertTrue(xml.stdout().contains("<service name=\"testService1\">\n    <mapping>\n      <target>testtarget2</target>\n"
                + "      <container>echo</container>\n    </mapping>\n  </service>"), xml::toString);
    }

    @Test
    void divideKeepsTheContainersOfItsInput() {
        assertOutput(nix3(List.of(T2 + "/echo"), List.of(T1 + "/echo"), List.of(T2 + "/echo")),
                run("divide", "--strategy", "highest-bidder", "-d", "initial-containers.xml", "--service-property",
                        "requireMem", "--target-property", "mem"));
    }
}
