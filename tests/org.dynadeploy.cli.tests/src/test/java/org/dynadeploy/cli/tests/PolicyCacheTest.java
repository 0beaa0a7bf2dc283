package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning from Disnix XML keeps the QoS policies it read, compiled, in the user's cache folder
 * (DYNADEPLOY_CACHE_DIR here): later runs give the same results without the QoS language, and
 * anything doubtful (an edited file, a damaged entry, a policy with warnings) is read again.
 */
class PolicyCacheTest {

    @TempDir
    Path dir;

    private Path conformance;
    private Path cache;

    @BeforeEach
    void copyModels() throws IOException {
        conformance = Fixtures.copy("conformance", dir);
        cache = Files.createDirectories(dir.resolve("cache"));
    }

    private Run gendist(String policy) {
        return Cli.in(conformance).env("DYNADEPLOY_CACHE_DIR", cache.toString())
                .run("gendist", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "-q", policy);
    }

    private List<Path> entries() throws IOException {
        Path policies = cache.resolve("policies");
        if (!Files.isDirectory(policies)) return List.of();
        try (Stream<Path> files = Files.list(policies)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondRunReadsTheKeptPolicyAndPlansTheSame() throws IOException {
        Run first = gendist("qos/greedy.qos");
        assertSuccess(first);
        assertEquals(1, entries().size(), first::toString);
        assertEquals("policy", entries().get(0).getFileName().toString().replaceAll(".*\\.", ""));
        Run second = gendist("qos/greedy.qos");
        assertSuccess(second);
        assertEquals(first.stdout(), second.stdout());
        assertEquals(first.stderr(), second.stderr());
        assertEquals(1, entries().size());
    }

    @Test
    void anEditedPolicyIsReadAgain() throws IOException {
        assertSuccess(gendist("qos/greedy.qos"));
        Path policy = conformance.resolve("qos/greedy.qos");
        Files.writeString(policy, Files.readString(policy).replace("strategy: greedy", "strategy: highest-bidder"));
        Run edited = gendist("qos/greedy.qos");
        Run uncached = Cli.in(conformance).env("DYNADEPLOY_CACHE_DIR", "off")
                .run("gendist", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "-q", "qos/greedy.qos");
        assertSuccess(edited);
        assertEquals(uncached.stdout(), edited.stdout());
        assertEquals(2, entries().size());
    }

    @Test
    void aDamagedEntryIsReadAgainWithoutAWord() throws IOException {
        Run first = gendist("qos/greedy.qos");
        Files.writeString(entries().get(0), "not a policy");
        Run second = gendist("qos/greedy.qos");
        assertSuccess(second);
        assertEquals(first.stdout(), second.stdout());
        assertEquals("", second.stderr(), second::toString);
    }

    @Test
    void aPolicyWithAWarningIsNeverKeptSoTheWarningShowsEveryTime() throws IOException {
        Files.writeString(conformance.resolve("qos/unused.qos"), """
                policy unused {
                    let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: supportedTypes)
                    result divide(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)
                }
                """);
        for (int run = 0; run < 2; run++) {
            Run result = gendist("qos/unused.qos");
            assertSuccess(result);
            assertStderrContains(result, "step 'typed' is never used");
        }
        assertEquals(List.of(), entries());
    }

    @Test
    void offKeepsNothing() throws IOException {
        Run run = Cli.in(conformance).env("DYNADEPLOY_CACHE_DIR", "off")
                .run("gendist", "--xml", "-s", "services.xml", "-i", "infrastructure.xml", "-q", "qos/greedy.qos");
        assertSuccess(run);
        assertEquals(List.of(), entries());
        try (Stream<Path> files = Files.list(conformance)) {
            assertEquals(0, files.filter(path -> path.getFileName().toString().equals("off")).count());
        }
    }
}
