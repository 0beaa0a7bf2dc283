package org.dynadeploy.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dynadeploy.docs.DocsGenerator;
import org.dynadeploy.docs.DocsOptions;
import org.dynadeploy.docs.DocsResult;
import org.dynadeploy.docs.Format;
import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;

/**
 * Generates the architecture documentation catalog of the DynaDeploy models in a folder, as
 * {@code dynadeploy docs -s <folder>} does: the models are parsed, linked and validated first,
 * and any error fails the build with its {@code file:line:column} position.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class DocsMojo extends AbstractMojo {

    /** The folder holding the model files (.services, .infra, .dist, .ids, ...); every file below it is loaded. */
    @Parameter(property = "dynadeploy.modelDirectory", defaultValue = "${project.basedir}/src/main/dynadeploy")
    File modelDirectory;

    /** Where the catalog is written; files of ours are replaced, others are left alone. */
    @Parameter(property = "dynadeploy.outputDirectory", defaultValue = "${project.build.directory}/dynadeploy-docs")
    File outputDirectory;

    /** How pages show diagrams: svg (inline, clickable) or png (with an image map). */
    @Parameter(property = "dynadeploy.imageFormat", defaultValue = "svg")
    String imageFormat;

    /** Skips the goal. */
    @Parameter(property = "dynadeploy.skip", defaultValue = "false")
    boolean skip;

    /** Paths in messages are relative to it (the project's folder). */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("DynaDeploy documentation skipped (dynadeploy.skip)");
            return;
        }
        Format format = format();
        if (modelDirectory == null || !modelDirectory.isDirectory()) {
            throw new MojoFailureException("the DynaDeploy model directory " + modelDirectory + " does not exist;"
                    + " put the models there or set <modelDirectory>");
        }
        Path base = baseDirectory != null ? baseDirectory.toPath() : Path.of("").toAbsolutePath();
        LoadResult loaded = load();
        ModelProblems problems = new ModelProblems(loaded.problems(), base);
        problems.log(getLog());
        if (loaded.hasErrors()) {
            throw new MojoFailureException(problems.failureMessage(modelDirectory.toPath()));
        }
        if (loaded.models().servicesModels().isEmpty()) {
            throw new MojoFailureException("no services model (.services file) in " + modelDirectory);
        }
        DocsResult result;
        try {
            result = DocsGenerator.generate(loaded.models(),
                    DocsOptions.of(outputDirectory.toPath()).withImageFormat(format).withResultsFrom(loaded.models()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the documentation to " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("DynaDeploy documentation: " + result.groups() + " pages, " + result.files().size() + " files in "
                + outputDirectory + " (open " + result.indexPage() + ")");
    }

    private Format format() throws MojoExecutionException {
        try {
            Format format = Format.parse(imageFormat);
            if (format == Format.SVG || format == Format.PNG) {
                return format;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the values that work here
        }
        throw new MojoExecutionException("<imageFormat> is '" + imageFormat + "'; use svg or png");
    }

    private LoadResult load() throws MojoExecutionException {
        try {
            return new ModelLoader().load(List.of(modelDirectory.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the models in " + modelDirectory + ": " + e.getMessage(), e);
        }
    }
}
