package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.IdsView.ports;
import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynadeploy id-assign} on dydisnix's id-assign scenarios (tests/idassign.nix, cases
 * idassign-01 to 15, reference §6) with Disnix XML inputs, each run fed the ids the one before
 * wrote; and the same in our languages.
 */
class IdAssignTest {

    @TempDir
    Path dir;

    private Path conformance;

    @BeforeEach
    void copyModels() {
        conformance = Fixtures.copy("conformance", dir);
    }

    /** id-assign --xml with ids/SERVICES.xml and ids/RESOURCES.xml, plus the given arguments. */
    private Run assign(String services, String resources, String... arguments) {
        List<String> all = new ArrayList<>(List.of("id-assign", "--xml", "-s", "ids/" + services + ".xml",
                "--id-resources", "ids/" + resources + ".xml", "--output-xml"));
        all.addAll(List.of(arguments));
        return Cli.in(conformance).run(all.toArray(String[]::new));
    }

    private IdsView written(String file) {
        return IdsView.parse(Fixtures.read(conformance.resolve(file)));
    }

    private static final String[] DISTRIBUTION1 = {"-i", "infrastructure.xml", "-d", "ids/distribution1.xml"};

    @Test
    void distributionMode() {
        // idassign-01: a fresh pool.
        assertSuccess(assign("services-with-ids", "idresources", with(DISTRIBUTION1, "--output-file", "ids.xml")));
        IdsView fresh = written("ids.xml");
        assertEquals(Map.of("ports", ports(3000, 3001, 3002)), fresh.ids());
        assertEquals(Map.of("ports", 3002L), fresh.last());

        // idassign-03: running again with the ids keeps them (and prints to stdout without --output-file).
        Run again = assign("services-with-ids", "idresources", with(DISTRIBUTION1, "--ids", "ids.xml"));
        assertSuccess(again);
        assertEquals(fresh, IdsView.parse(again.stdout()));

        // idassign-04/05: testService1 removed.
        assertSuccess(assign("services-with-ids2", "idresources", "-i", "infrastructure.xml", "-d", "ids/distribution2.xml",
                "--ids", "ids.xml", "--output-file", "ids.xml"));
        assertEquals(Map.of("ports", ports(-1, 3001, 3002)), written("ids.xml").ids());

        // idassign-06/07: re-added, it gets 3003 (the cursor continues), not its old 3000.
        assertSuccess(assign("services-with-ids", "idresources", with(DISTRIBUTION1, "--ids", "ids.xml",
                "--output-file", "ids.xml")));
        IdsView readded = written("ids.xml");
        assertEquals(Map.of("ports", ports(3003, 3001, 3002)), readded.ids());
        assertEquals(Map.of("ports", 3003L), readded.last());

        // idassign-08: the ports resource is gone: its ids and its last assignment too; uids is there, empty.
        Run removed = assign("services-with-ids", "idresources-uids", with(DISTRIBUTION1, "--ids", "ids.xml"));
        assertSuccess(removed);
        assertEquals(Map.of("uids", Map.of()), IdsView.parse(removed.stdout()).ids());
        assertEquals(Map.of(), IdsView.parse(removed.stdout()).last());
    }

    @Test
    void machineScope() {
        // idassign-09: two services on one machine get different ids; the cursor is per target.
        Run same = assign("services-with-ids", "idresources-machine", "-i", "infrastructure.xml", "-d",
                "ids/distribution2.xml");
        assertSuccess(same);
        IdsView one = IdsView.parse(same.stdout());
        assertEquals(Map.of("ports", ports(-1, 3000, 3001)), one.ids());
        assertEquals(Map.of("testtarget2", Map.of("ports", 3001L)), one.lastPerTarget());
        assertEquals(Map.of(), one.last());
        // idassign-10: on different machines they get the same id. No -i: the distribution names the targets.
        Run different = assign("services-with-ids", "idresources-machine", "-d", "ids/distribution3.xml");
        assertSuccess(different);
        assertEquals(Map.of("ports", ports(-1, 3000, 3000)), IdsView.parse(different.stdout()).ids());
    }

    @Test
    void servicesOnlyMode() throws Exception {
        // idassign-11: every service of the model.
        assertSuccess(assign("services-with-ids", "idresources", "--output-file", "ids.xml"));
        assertEquals(Map.of("ports", ports(3000, 3001, 3002)), written("ids.xml").ids());

        // idassign-13: the pool moved to 2000..3000: 3000 is still in it; 3002 + 1 > 3000 wraps to 2000.
        Run moved = assign("services-with-ids", "idresources-moved", "--ids", "ids.xml");
        assertSuccess(moved);
        assertEquals(Map.of("ports", ports(3000, 2000, 2001)), IdsView.parse(moved.stdout()).ids());

        // idassign-15: a pool of two ids for three services; the ids file is left as it was.
        byte[] before = Files.readAllBytes(conformance.resolve("ids.xml"));
        Run depleted = assign("services-with-ids", "idresources-small", "--ids", "ids.xml", "--output-file", "ids.xml");
        assertUserError(depleted);
        assertStderrContains(depleted, "The amount of IDs is depleted! (resource 'ports': all 2 ids of 3000..3001 are taken)");
        assertEquals(new String(before), Fixtures.read(conformance.resolve("ids.xml")));
        try (Stream<Path> files = Files.list(conformance)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void servicesOnlyModeNeedsGlobalScope() {
        Run run = assign("services-with-ids", "idresources-machine");
        assertUserError(run);
        assertStderrContains(run, "Unknown scope: machine");
    }

    @Test
    void inOurLanguages() {
        // The same as idassign-01/03 with .services, .infra, .dist, .idres and .ids files.
        Run fresh = Cli.in(conformance).run("id-assign", "-s", "ids-lang", "-i", "ids-lang", "-d", "ids-lang/deploy.dist",
                "--id-resources", "ids-lang/pools.idres", "--output-file", "ids.ids");
        assertSuccess(fresh);
        assertEquals("", fresh.stdout(), fresh::toString);
        String ids = """
                ids ports {
                    testService1 = 3000
                    testService2 = 3001
                    testService3 = 3002
                }
                last ports = 3002
                """;
        assertEquals(ids, Fixtures.read(conformance.resolve("ids.ids")));
        Run again = Cli.in(conformance).run("id-assign", "-s", "ids-lang", "-i", "ids-lang", "-d", "ids-lang/deploy.dist",
                "--id-resources", "ids-lang", "--ids", "ids.ids", "--output-nix");
        assertSuccess(again);
        assertEquals("""
                {
                  ids = {
                    ports = {
                      testService1 = 3000;
                      testService2 = 3001;
                      testService3 = 3002;
                    };
                  };
                  lastAssignments = {
                    ports = 3002;
                  };
                }
                """, again.stdout());
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
