package org.dynadeploy.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal as Maven runs it (fields set as Maven injects them), on the repository's examples and a broken model. */
class DocsMojoTest {

    @TempDir
    Path out;

    @Test
    void documentsTheHomeworkExample() throws Exception {
        DocsMojo mojo = mojo(examples().resolve("homework"));
        mojo.execute();
        for (String page : List.of("index.html", "homework/index.html", "homework/grading/index.html",
                "literature/search/index.html", "infrastructure.html", "search.js", "homework/grading/diagram.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page + " is missing");
        }
        assertTrue(Files.readString(out.resolve("homework/index.html")).contains("Homework subsystem"));
    }

    @Test
    void pngPages() throws Exception {
        DocsMojo mojo = mojo(examples().resolve("stafftracker"));
        mojo.imageFormat = "PNG";
        mojo.execute();
        assertTrue(Files.isRegularFile(out.resolve("diagram.png")));
    }

    @Test
    void modelErrorsFailTheBuildWithTheirPosition() throws Exception {
        Path broken = Path.of(getClass().getClassLoader().getResource("broken").toURI());
        DocsMojo mojo = mojo(broken);
        mojo.baseDirectory = broken.getParent().toFile();
        Log log = new Log();
        mojo.setLog(log);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        String expected = "broken/app.services:2:15: unknown service 'nowhere'";
        assertTrue(failure.getMessage().startsWith("1 error in the DynaDeploy models in broken:\n"), failure.getMessage());
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
        assertTrue(log.errors.stream().anyMatch(line -> line.startsWith(expected)), log.errors::toString);
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is written when the models have errors");
    }

    @Test
    void aMissingModelDirectoryFails() {
        DocsMojo mojo = mojo(out.resolve("no-such-folder"));
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    @Test
    void anUnknownImageFormatIsAConfigurationError() {
        DocsMojo mojo = mojo(examples().resolve("homework"));
        mojo.imageFormat = "mermaid";
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("use svg or png"), error.getMessage());
    }

    @Test
    void skipWritesNothing() throws Exception {
        DocsMojo mojo = mojo(out.resolve("no-such-folder"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    private DocsMojo mojo(Path models) {
        DocsMojo mojo = new DocsMojo();
        mojo.modelDirectory = models.toFile();
        mojo.outputDirectory = out.toFile();
        mojo.imageFormat = "svg";
        mojo.baseDirectory = new File(".");
        return mojo;
    }

    private static Path examples() {
        String configured = System.getProperty("dynadeploy.examples");
        return Path.of(configured != null ? configured : "../../examples").toAbsolutePath().normalize();
    }

    /** Keeps what the goal logs as errors. */
    private static final class Log extends SystemStreamLog {
        final List<String> errors = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
            super.error(content);
        }
    }
}
