package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOT outputs of {@code multiwaycut} and {@code graphcol} ({@code --output-graph},
 * {@code --output-resolved-graph}), as dydisnix-multiwaycut and dydisnix-graphcol print them
 * (reference §5.3, §5.4), on dydisnix's test models: testService2 depends on testService1,
 * testService3 on both.
 */
class GraphOutputTest {

    private static final String W1 = " [ label = \"1\", weight=\"1\" ]\n";
    private static final String WN = " [ label = \"n&#178;\", weight=\"n&#178;\" ]\n";
    private static final String APPS = "\"app:testService1\" [ label = \"app:testService1\" ]\n"
            + "\"app:testService2\" [ label = \"app:testService2\" ]\n"
            + "\"app:testService3\" [ label = \"app:testService3\" ]\n"
            + "\"host:testtarget1\" [ label = \"host:testtarget1\" ]\n"
            + "\"host:testtarget2\" [ label = \"host:testtarget2\" ]\n";
    private static final String SERVICE_EDGES = "\"testService1\" -- \"testService2\"\n"
            + "\"testService1\" -- \"testService3\"\n"
            + "\"testService2\" -- \"testService3\"\n";

    @TempDir
    Path dir;

    private Path conformance;

    @BeforeEach
    void copyModels() {
        conformance = Fixtures.copy("conformance", dir);
    }

    private Run run(String... arguments) {
        return Cli.in(conformance).run(arguments);
    }

    private static void assertOutput(String expected, Run run) {
        assertSuccess(run);
        assertEquals(expected, run.stdout(), run::toString);
    }

    @Test
    void multiwaycutGraphIsTheApplicationHostGraphBeforeTheCut() {
        String expected = "graph {\n" + APPS
                + "\"app:testService1\" -- \"app:testService2\"" + W1
                + "\"app:testService1\" -- \"app:testService3\"" + W1
                + "\"app:testService1\" -- \"host:testtarget1\"" + WN
                + "\"app:testService1\" -- \"host:testtarget2\"" + WN
                + "\"app:testService2\" -- \"app:testService3\"" + W1
                + "\"app:testService2\" -- \"host:testtarget1\"" + WN
                + "\"app:testService2\" -- \"host:testtarget2\"" + WN
                + "\"app:testService3\" -- \"host:testtarget1\"" + WN
                + "\"app:testService3\" -- \"host:testtarget2\"" + WN
                + "}\n";
        // As dydisnix-multiwaycut --xml: no infrastructure needed.
        assertOutput(expected, run("multiwaycut", "--xml", "-s", "services.xml", "-d", "initial.xml", "--output-graph"));
        // The same from our languages (gendist without a policy: the initial distribution), written to a file.
        assertSuccess(run("gendist", "-s", "lang", "-i", "lang", "-o", "candidates.dist"));
        assertOutput("", run("multiwaycut", "-s", "lang", "-i", "lang", "-d", "candidates.dist", "--output-graph",
                "-o", "graph.dot"));
        assertEquals(expected, Fixtures.read(conformance.resolve("graph.dot")));
    }

    @Test
    void multiwaycutResolvedGraphKeepsOnlyTheLinksThatSurviveTheCut() {
        // gendist-16: every service ends up on testtarget1.
        assertOutput("graph {\n" + APPS
                + "\"app:testService1\" -- \"app:testService2\"" + W1
                + "\"app:testService1\" -- \"app:testService3\"" + W1
                + "\"app:testService1\" -- \"host:testtarget1\"" + WN
                + "\"app:testService2\" -- \"app:testService3\"" + W1
                + "\"app:testService2\" -- \"host:testtarget1\"" + WN
                + "\"app:testService3\" -- \"host:testtarget1\"" + WN
                + "}\n", run("multiwaycut", "--xml", "-s", "services.xml", "-d", "initial.xml", "--output-resolved-graph"));
    }

    @Test
    void graphcolGraphIsTheUncolouredDependencyGraph() {
        String expected = "graph {\nnode [shape=Mrecord];\n"
                + "\"testService1\" [ label = \"testService1\" ]\n"
                + "\"testService2\" [ label = \"testService2\" ]\n"
                + "\"testService3\" [ label = \"testService3\" ]\n" + SERVICE_EDGES + "}\n";
        assertOutput(expected, run("graphcol", "--xml", "-s", "services.xml", "-i", "infrastructure.xml",
                "--output-graph"));
        // Nothing is coloured, so two targets are enough for the graph itself.
        assertOutput(expected, run("graphcol", "-s", "lang", "-i", "lang", "--output-graph"));
    }

    @Test
    void graphcolResolvedGraphShowsEachServicesColour() {
        // gendist-18: with three targets, colours 0, 1, 2 (testtarget1..3).
        assertOutput("graph {\nnode [shape=Mrecord];\n"
                + "\"testService1\" [ label = \"<f0> testService1|<f1> 0\" ]\n"
                + "\"testService2\" [ label = \"<f0> testService2|<f1> 1\" ]\n"
                + "\"testService3\" [ label = \"<f0> testService3|<f1> 2\" ]\n" + SERVICE_EDGES + "}\n",
                run("graphcol", "--xml", "-s", "services.xml", "-i", "infrastructure-3.xml", "--output-resolved-graph"));
    }

    @Test
    void graphcolResolvedGraphFailsLikeTheColouring() {
        // gendist-19: two targets are too few; dydisnix-graphcol exits 1 too.
        Run run = run("graphcol", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "--output-resolved-graph");
        assertUserError(run);
        assertEquals("", run.stdout());
        assertStderrContains(run, "Not enough target machines available to compute a valid graph coloring!");
    }

    @Test
    void oneOutputAtATime() {
        Run both = run("graphcol", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "--output-graph",
                "--output-resolved-graph");
        assertEquals(2, both.exit(), both::toString);
        assertStderrContains(both, "--output-graph and --output-resolved-graph cannot be combined");
        Run xml = run("multiwaycut", "--xml", "-s", "services.xml", "-d", "initial.xml", "--output-graph", "--output-xml");
        assertEquals(2, xml.exit(), xml::toString);
        assertStderrContains(xml, "--output-xml cannot be combined with --output-graph");
        assertEquals("", xml.stdout());
    }
}
