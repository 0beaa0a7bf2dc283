package org.dynadeploy.lang.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dynadeploy.lang.loading.Problem.Severity;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Loads model files (or every model file under folders) into one resource set, links them
 * across files, validates them, and returns the models as a {@link ModelSet}. Front ends use
 * this; engines only see the ModelSet.
 */
public class ModelLoader {

    /** Files above this size are refused before parsing: models are small, 10 MB is a mistake. */
    public static final long MAX_FILE_BYTES = Long.getLong("dynadeploy.maxFileBytes", 8L * 1024 * 1024);

    /** Expands folders to the model files below them (sorted, hidden folders skipped). */
    public List<Path> expand(Collection<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(DynaDeployLanguages::isModelFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isHidden(Path relative) {
        for (Path segment : relative) {
            String name = segment.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    /** Loads, links and validates the given files and folders. */
    public LoadResult load(Collection<Path> paths) throws IOException {
        List<Path> files = expand(paths);
        // Only the languages of the files at hand are set up: most commands read one or two kinds.
        String anyInUse = DynaDeployLanguages.SERVICES;
        for (Path file : files) {
            if (DynaDeployLanguages.isModelFile(file)) {
                DynaDeployLanguages.injector(DynaDeployLanguages.extensionOf(file));
                anyInUse = DynaDeployLanguages.extensionOf(file);
            }
        }
        XtextResourceSet resourceSet = DynaDeployLanguages.injector(anyInUse).getInstance(XtextResourceSet.class);
        List<Problem> problems = new ArrayList<>();
        List<Resource> loaded = new ArrayList<>();
        for (Path file : files) {
            Problem refused = precheck(file);
            if (refused != null) {
                problems.add(refused);
                continue;
            }
            loaded.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true));
        }
        EcoreUtil.resolveAll(resourceSet);
        ModelSet models = new ModelSet();
        for (Resource resource : loaded) {
            problems.addAll(validate((XtextResource) resource));
            for (EObject root : resource.getContents()) {
                if (root instanceof Model model) {
                    models.add(model);
                }
            }
        }
        return new LoadResult(models, problems, resourceSet);
    }

    /** Refuses what cannot be a model before the parser sees it: unknown kinds, huge or binary files. */
    private Problem precheck(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Problem(file, 1, 1, Severity.ERROR, "no such file; check the path", "file.missing");
        }
        if (!DynaDeployLanguages.isModelFile(file)) {
            return new Problem(file, 1, 1, Severity.ERROR, "unknown model file extension '."
                    + DynaDeployLanguages.extensionOf(file) + "'; use one of ." + String.join(", .",
                            List.of("services", "infra", "qos", "idres", "dist", "ids")), "file.extension");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            return new Problem(file, 1, 1, Severity.ERROR, String.format(
                    "file is too large (%.1f MB; the limit is %d MB): split the model into several files",
                    size / 1048576.0, MAX_FILE_BYTES / 1048576), "file.size");
        }
        if (containsNul(file)) {
            return new Problem(file, 1, 1, Severity.ERROR,
                    "not a text file (it contains NUL bytes); model files are UTF-8 text", "file.binary");
        }
        return null;
    }

    private static boolean containsNul(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Problem> validate(XtextResource resource) {
        Path file = Path.of(resource.getURI().toFileString());
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Problem> result = new ArrayList<>();
        for (Issue issue : issues) {
            result.add(toProblem(file, issue));
        }
        result.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return result;
    }

    static Problem toProblem(Path file, Issue issue) {
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        Severity severity = switch (issue.getSeverity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
        return new Problem(file, line, column, severity, issue.getMessage(), issue.getCode());
    }
}
