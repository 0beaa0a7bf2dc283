package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client-side search, run for real in Node against a generated catalog (skipped where no
 * node is installed): queries find services and groups, links are relative to the page's root,
 * model text is only ever set as textContent, and Enter opens the best match.
 */
class SearchScriptTest {

    @TempDir
    static Path dir;
    static Path out;
    static Path harness;

    @BeforeAll
    static void generate() throws Exception {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed");
        out = dir.resolve("out");
        DocsGenerator.generate(Fixtures.loadFolder(Fixtures.EXAMPLES.resolve("homework")), DocsOptions.of(out));
        harness = dir.resolve("search-harness.js");
        try (var in = SearchScriptTest.class.getResourceAsStream("/search-harness.js")) {
            Files.write(harness, in.readAllBytes());
        }
    }

    @Test
    void findsServicesByNameFirstWithLinksFromTheCurrentPage() throws Exception {
        List<String> results = search("../..", "grad", false);
        assertEquals("{\"href\":\"../../homework/grading/index.html#s-grader\",\"text\":\"grader\"}", results.get(0));
        assertTrue(results.stream().anyMatch(r -> r.contains("\"text\":\"Grading\"")), "groups are found too: " + results);
    }

    @Test
    void allTermsMustMatchAcrossFields() throws Exception {
        List<String> results = search(".", "mysql literature", false);
        assertEquals(List.of("{\"href\":\"./literature/index.html#s-literaturedb\",\"text\":\"literaturedb\"}"), results);
        assertEquals(List.of("{\"text\":\"No matches.\"}"), search(".", "zzzz", false));
    }

    @Test
    void enterOpensTheFirstResult() throws Exception {
        List<String> results = search(".", "usersdb", true);
        assertEquals("{\"navigated\":\"./index.html#s-usersdb\"}", results.get(results.size() - 1));
    }

    private static List<String> search(String root, String query, boolean enter) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", harness.toString(), out.resolve("search-index.js").toString(),
                out.resolve("search.js").toString(), root, query));
        if (enter) command.add("enter");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    private static boolean nodeAvailable() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
