package org.dynadeploy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynadeploy diagram --serve} as a process: it prints the page's URL on a free loopback
 * port and serves the web client there; a missing folder is a user error. (The editing itself is
 * tested in a browser by tests/diagram-browser and operation by operation in the diagram bundle.)
 */
class DiagramCommandTest {

    @TempDir
    Path workspace;

    @Test
    void servesThePageOnLoopbackAndPrintsItsUrl() throws Exception {
        Files.writeString(workspace.resolve("app.services"), "service web : process {\n    dependsOn db\n}\n"
                + "service db : mysql-database { }\n");
        Path err = workspace.resolve("diagram.err");
        Process process = new ProcessBuilder(Cli.launcher().toString(), "diagram", "--serve", "--port", "0", "-s",
                workspace.toString()).redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            assertTrue(url != null && url.startsWith("http://127.0.0.1:") && url.endsWith("?type=dynadeploy-architecture"),
                    "not a loopback page URL: " + url + "\n" + Files.readString(err));
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html") || page.body().contains("<!DOCTYPE html"), page.body());
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMissingFolderIsAUserError() {
        Cli.Run run = Cli.in(workspace).run("diagram", "--serve", "-s", "nowhere");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.stderr().contains("nowhere"), run.toString());
    }
}
