package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code dynadeploy gendist}: the key dydisnix cases through a QoS policy (.qos) on the Disnix
 * XML models and on the same models in our languages, the output forms, pins, and --explain.
 */
class GendistTest {

    @TempDir
    Path dir;

    private Path conformance;

    @BeforeEach
    void copyModels() {
        conformance = Fixtures.copy("conformance", dir);
    }

    private Run gendistXml(String... arguments) {
        List<String> all = new ArrayList<>(List.of("gendist", "--xml", "-s", "services.xml", "-i", "infrastructure.xml"));
        all.addAll(List.of(arguments));
        return Cli.in(conformance).run(all.toArray(String[]::new));
    }

    private static void assertOutput(String expected, Run run) {
        assertSuccess(run);
        assertEquals(expected, run.stdout(), run::toString);
        assertEquals("", run.stderr(), run::toString);
    }

    @Test
    void greedyDivision() {
        // gendist-07 through a policy; the result in the distribution language.
        assertOutput("""
                testService1 => testtarget1
                testService2 => testtarget1
                testService3 => testtarget2
                """, gendistXml("-q", "qos/greedy.qos"));
    }

    @Test
    void minsetcoverAfterMapListOnAttrAsDistributionXml() {
        // gendist-15: two steps of one policy.
        Run run = gendistXml("-q", "qos/minsetcover2.qos", "--output-xml");
        assertSuccess(run);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <distribution>
                  <service name="testService1">
                    <mapping>
                      <target>testtarget1</target>
                    </mapping>
                  </service>
                  <service name="testService2">
                    <mapping>
                      <target>testtarget1</target>
                    </mapping>
                  </service>
                  <service name="testService3">
                    <mapping>
                      <target>testtarget2</target>
                    </mapping>
                  </service>
                </distribution>
                """, run.stdout());
    }

    @Test
    void graphColouringAsTheDisnixExpression() {
        // gendist-18, written for disnix-env.
        assertOutput("""
                {infrastructure}:

                {
                  testService1 = [
                    infrastructure.testtarget1
                  ];
                  testService2 = [
                    infrastructure.testtarget2
                  ];
                  testService3 = [
                    infrastructure.testtarget3
                  ];
                }
                """, Cli.in(conformance).run("gendist", "--xml", "-s", "services.xml", "-i", "infrastructure-3.xml", "-q",
                "qos/graphcol.qos", "--output-nix"));
    }

    @Test
    void statefulServicesStayWithThePreviousDistribution() {
        // gendist-20 with the previous deployment as distribution XML.
        assertOutput("""
                testService1 => testtarget1
                testService2 => testtarget1, testtarget2
                testService3 => testtarget1, testtarget2
                """, gendistXml("-q", "qos/stateful.qos", "--previous", "previous-firsttargets.xml"));
    }

    @Test
    void aFailingPolicyWritesNothing() {
        // gendist-08 through a policy: nothing on stdout, no output file.
        Run run = Cli.in(conformance).run("gendist", "--xml", "-s", "services.xml", "-i",
                "infrastructure-undercapacity.xml", "-q", "qos/greedy.qos", "-o", "out.dist");
        assertUserError(run);
        assertStderrContains(run, "Unable to select a target machine for service: testService1");
        assertFalse(Files.exists(conformance.resolve("out.dist")));
    }

    @Test
    void inOurLanguagesWithAPinnedMapping() {
        // Round robin on the .services/.infra models; the previous .dist pins testService3 to testtarget1.
        Run run = Cli.in(conformance).run("gendist", "-s", "lang", "-i", "lang", "-q", "qos/roundrobin.qos",
                "--previous", "pinned.dist", "-o", "out.dist");
        assertSuccess(run);
        assertEquals("", run.stdout() + run.stderr(), run::toString);
        assertEquals("""
                testService1 => testtarget1
                testService2 => testtarget2
                pin testService3 => testtarget1 in echo
                """, Fixtures.read(conformance.resolve("out.dist")));
    }

    @Test
    void withoutAPolicyTheResultIsTheInitialDistribution() {
        assertOutput("""
                testService1 => testtarget1, testtarget2
                testService2 => testtarget1, testtarget2
                testService3 => testtarget1, testtarget2
                """, Cli.in(conformance).run("gendist", "-s", "lang/services.services", "-i", "lang/infrastructure.infra"));
    }

    @Test
    void explainsAsTextOnStderrWhenTheResultGoesToStdout() {
        Run run = gendistXml("-q", "qos/minsetcover2.qos", "--explain");
        assertSuccess(run);
        assertEquals("testService1 => testtarget1\ntestService2 => testtarget1\ntestService3 => testtarget2\n",
                run.stdout());
        assertStderrContains(run, "Policy minsetcover2:");
        assertStderrContains(run, "  access: mapListOnAttr(servicePropertyList: requireAccess, targetProperty: access)");
        assertStderrContains(run, "testService3 => testtarget2\n  [access] mapListOnAttr: removed testtarget1");
        assertStderrContains(run, "testService1 => testtarget1\n");
        assertStderrContains(run, "[result] minsetcover: removed testtarget2");
    }

    @Test
    void explainsAsJsonOnStdoutWhenTheResultGoesToAFile() {
        Run run = gendistXml("-q", "qos/minsetcover2.qos", "-o", "out.dist", "--explain-format", "json");
        assertSuccess(run);
        assertEquals("", run.stderr(), run::toString);
        assertTrue(Fixtures.read(conformance.resolve("out.dist")).contains("testService3 => testtarget2"));
        JsonObject json = JsonParser.parseString(run.stdout()).getAsJsonObject();
        assertEquals("minsetcover2", json.get("policy").getAsString());
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals(2, steps.size());
        assertEquals("access", steps.get(0).getAsJsonObject().get("step").getAsString());
        assertEquals(6, steps.get(0).getAsJsonObject().getAsJsonObject("before").get("mappings").getAsInt());
        assertEquals(5, steps.get(0).getAsJsonObject().getAsJsonObject("after").get("mappings").getAsInt());
        JsonObject service3 = json.getAsJsonObject("services").getAsJsonObject("testService3");
        assertEquals("[\"testtarget2\"]", service3.getAsJsonArray("targets").toString());
        JsonObject removal = null;
        for (JsonElement decision : service3.getAsJsonArray("decisions")) {
            if (decision.getAsJsonObject().get("step").getAsString().equals("access")) removal = decision.getAsJsonObject();
        }
        assertTrue(removal != null, run::toString);
        assertEquals("mapListOnAttr", removal.get("filter").getAsString());
        assertEquals("removed", removal.get("kind").getAsString());
        assertEquals("testtarget1", removal.get("target").getAsString());
        assertFalse(removal.get("reason").getAsString().isBlank());
        assertEquals(3, json.getAsJsonObject("services").size());
    }
}
