package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class cache (lib/dynadeploy.aot, Java 25+): the build records it, commands give
 * the same results with or without it, and a cache Java refuses never shows.
 */
class ClassCacheTest {

    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void copyModel() {
        model = Fixtures.copy("valid", dir);
    }

    @Test
    void theBuildRecordsTheCache() throws IOException {
        Path cache = Cli.launcher().getParent().resolveSibling("lib").resolve("dynadeploy.aot");
        assertTrue(Files.size(cache) > 1_000_000, () -> "no class cache at " + cache);
    }

    @Test
    void aCacheJavaRefusesIsIgnoredWithoutAWord() throws IOException {
        Path launcher = copyOfDistribution();
        Files.writeString(launcher.getParent().resolveSibling("lib").resolve("dynadeploy.aot"), "not a class cache");
        Run version = Cli.in(dir).launcher(launcher).run("--version");
        assertSuccess(version);
        assertEquals("", version.stderr(), version::toString);
        Run validate = Cli.in(dir).launcher(launcher).run("validate", model.toString());
        Run reference = Cli.in(dir).run("validate", model.toString());
        assertSuccess(validate);
        assertEquals(reference.stdout(), validate.stdout());
        assertEquals(reference.stderr(), validate.stderr());
    }

    @Test
    void trainCacheHelpOnlyPrintsHelp() throws IOException {
        Path cache = Cli.launcher().getParent().resolveSibling("lib").resolve("dynadeploy.aot");
        FileTime recorded = Files.getLastModifiedTime(cache);
        Run help = Cli.in(dir).run("train-cache", "--help");
        assertSuccess(help);
        assertTrue(help.stdout().startsWith("Usage: dynadeploy train-cache"), help::toString);
        assertEquals(recorded, Files.getLastModifiedTime(cache));
    }

    @Test
    void sharingOptionsOfTheUserWinOverTheCache() {
        // -Xshare and -XX:AOTCache together would stop the JVM: the launcher leaves its cache out.
        Run run = Cli.in(dir).env("DYNADEPLOY_JAVA_OPTS", "-Xshare:off").run("--version");
        assertSuccess(run);
        assertEquals("", run.stderr(), run::toString);
    }

    @Test
    void trainCacheRecordsACacheThatGivesTheSameResults() throws IOException {
        Path launcher = copyOfDistribution();
        Path cache = launcher.getParent().resolveSibling("lib").resolve("dynadeploy.aot");
        Path userCache = dir.resolve("user-cache");
        Run train = Cli.in(dir).launcher(launcher).env("DYNADEPLOY_CACHE_DIR", userCache.toString()).run("train-cache");
        assertSuccess(train);
        assertTrue(!Files.exists(userCache), "train-cache wrote into the user's cache folder");
        assertStderrContains(train, "class cache written");
        assertTrue(Files.size(cache) > 1_000_000, train::toString);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cache.getParent(), "dynadeploy.aot.*")) {
            assertTrue(!leftovers.iterator().hasNext(), "temporary files left in lib/");
        }

        String[] gendist = {"gendist", "-s", model.toString(), "-i", model.toString(), "-q", model.toString()};
        Run cached = Cli.in(dir).launcher(launcher).run(gendist);
        Files.delete(cache);
        Run uncached = Cli.in(dir).launcher(launcher).run(gendist);
        assertSuccess(cached);
        assertSuccess(uncached);
        assertEquals(uncached.stdout(), cached.stdout());
        assertEquals(uncached.stderr(), cached.stderr());
    }

    /** bin/dynadeploy and the jars of lib/ copied into the test's folder, without the cache. */
    private Path copyOfDistribution() throws IOException {
        Path built = Cli.launcher();
        Path bin = Files.createDirectories(dir.resolve("dist/bin"));
        Path lib = Files.createDirectories(dir.resolve("dist/lib"));
        Files.copy(built, bin.resolve("dynadeploy"), StandardCopyOption.COPY_ATTRIBUTES);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(built.getParent().resolveSibling("lib"), "*.jar")) {
            for (Path jar : jars) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        return bin.resolve("dynadeploy");
    }
}
