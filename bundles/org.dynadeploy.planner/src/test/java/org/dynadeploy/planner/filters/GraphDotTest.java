package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.filters.FilterTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

/** The DOT of dydisnix-multiwaycut's and dydisnix-graphcol's --output-graph and --output-resolved-graph. */
class GraphDotTest {

    private static final String W1 = " [ label = \"1\", weight=\"1\" ]\n";
    private static final String WN = " [ label = \"n&#178;\", weight=\"n&#178;\" ]\n";

    @Test
    void applicationHostGraphOfTheUpstreamTestModels() {
        // services.nix (testService2 -> 1, testService3 -> 1, 2) on the two targets of infrastructure.nix
        PlanningContext context = PlanningContext.of(TestModels.dydisnix());
        CandidateDistribution initial = CandidateDistribution.initial(context.universe());
        assertEquals("graph {\n"
                + "\"app:testService1\" [ label = \"app:testService1\" ]\n"
                + "\"app:testService2\" [ label = \"app:testService2\" ]\n"
                + "\"app:testService3\" [ label = \"app:testService3\" ]\n"
                + "\"host:testtarget1\" [ label = \"host:testtarget1\" ]\n"
                + "\"host:testtarget2\" [ label = \"host:testtarget2\" ]\n"
                + "\"app:testService1\" -- \"app:testService2\"" + W1
                + "\"app:testService1\" -- \"app:testService3\"" + W1
                + "\"app:testService1\" -- \"host:testtarget1\"" + WN
                + "\"app:testService1\" -- \"host:testtarget2\"" + WN
                + "\"app:testService2\" -- \"app:testService3\"" + W1
                + "\"app:testService2\" -- \"host:testtarget1\"" + WN
                + "\"app:testService2\" -- \"host:testtarget2\"" + WN
                + "\"app:testService3\" -- \"host:testtarget1\"" + WN
                + "\"app:testService3\" -- \"host:testtarget2\"" + WN
                + "}\n", GraphDot.applicationHostGraph(context, initial));
        // gendist-16: everything on testtarget1; testtarget2 stays a node.
        CandidateDistribution cut = run(new MultiwayCut(), context, initial);
        assertEquals("graph {\n"
                + "\"app:testService1\" [ label = \"app:testService1\" ]\n"
                + "\"app:testService2\" [ label = \"app:testService2\" ]\n"
                + "\"app:testService3\" [ label = \"app:testService3\" ]\n"
                + "\"host:testtarget1\" [ label = \"host:testtarget1\" ]\n"
                + "\"host:testtarget2\" [ label = \"host:testtarget2\" ]\n"
                + "\"app:testService1\" -- \"app:testService2\"" + W1
                + "\"app:testService1\" -- \"app:testService3\"" + W1
                + "\"app:testService1\" -- \"host:testtarget1\"" + WN
                + "\"app:testService2\" -- \"app:testService3\"" + W1
                + "\"app:testService2\" -- \"host:testtarget1\"" + WN
                + "\"app:testService3\" -- \"host:testtarget1\"" + WN
                + "}\n", GraphDot.resolvedApplicationHostGraph(context, initial, cut));
    }

    @Test
    void linksFollowUpstreamOrderWithRepeatedCandidatesSelfLoopsAndOnlyTheDistributionsServices() {
        TestModels models = new TestModels();
        models.service("b").dependsOn("a", "b").connectsTo("c");
        models.service("a").dependsOn("outside");
        models.service("c");
        models.service("outside");
        models.target("t2");
        models.target("t1");
        PlanningContext context = PlanningContext.of(models.build());
        // c has no candidates; t1 is listed twice for a; outside is not in the distribution.
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("a", "t2", "t1", "t1")
                .put("b", "t2").put("c").build();
        assertEquals("graph {\n"
                + "\"app:a\" [ label = \"app:a\" ]\n"
                + "\"app:b\" [ label = \"app:b\" ]\n"
                + "\"app:c\" [ label = \"app:c\" ]\n"
                + "\"host:t1\" [ label = \"host:t1\" ]\n"
                + "\"host:t2\" [ label = \"host:t2\" ]\n"
                + "\"app:a\" -- \"app:b\"" + W1
                + "\"app:a\" -- \"host:t1\"" + WN
                + "\"app:a\" -- \"host:t1\"" + WN
                + "\"app:a\" -- \"host:t2\"" + WN
                + "\"app:b\" -- \"app:b\"" + W1
                + "\"app:b\" -- \"app:b\"" + W1
                + "\"app:b\" -- \"app:c\"" + W1
                + "\"app:b\" -- \"host:t2\"" + WN
                + "}\n", GraphDot.applicationHostGraph(context, input));
    }

    @Test
    void dependencyGraphUncolouredAndColoured() {
        // infrastructure-3.nix: gendist-18 colours testService1..3 with testtarget1..3.
        PlanningContext context = PlanningContext.of(TestModels.dydisnixServices().dydisnixTargets(3, 0).build());
        String edges = "\"testService1\" -- \"testService2\"\n"
                + "\"testService1\" -- \"testService3\"\n"
                + "\"testService2\" -- \"testService3\"\n"
                + "}\n";
        assertEquals("graph {\nnode [shape=Mrecord];\n"
                + "\"testService1\" [ label = \"testService1\" ]\n"
                + "\"testService2\" [ label = \"testService2\" ]\n"
                + "\"testService3\" [ label = \"testService3\" ]\n" + edges, GraphDot.dependencyGraph(context));
        CandidateDistribution colouring = run(new GraphColouring(), context, null);
        assertEquals("graph {\nnode [shape=Mrecord];\n"
                + "\"testService1\" [ label = \"<f0> testService1|<f1> 0\" ]\n"
                + "\"testService2\" [ label = \"<f0> testService2|<f1> 1\" ]\n"
                + "\"testService3\" [ label = \"<f0> testService3|<f1> 2\" ]\n" + edges,
                GraphDot.colouredDependencyGraph(context, colouring));
    }
}
