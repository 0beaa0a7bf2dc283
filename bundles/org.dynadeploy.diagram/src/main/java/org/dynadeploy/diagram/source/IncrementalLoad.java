package org.dynadeploy.diagram.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Updates a loaded resource set after some files changed, much faster than loading everything
 * again: the changed files are re-parsed from their new text (new files loaded, deleted ones
 * dropped), every other file is re-linked (its references to the old objects become proxies
 * again), and only the changed files are validated; the other files keep their problems.
 */
final class IncrementalLoad {

    private static final IReferableElementsUnloader NO_UNLOAD = new IReferableElementsUnloader.NullUnloader();

    private IncrementalLoad() {
    }

    /** @param changed the new text of each changed file ({@code null}: the file is gone) */
    static LoadResult update(ResourceSet set, Map<Path, String> changed, List<Problem> previous) throws IOException {
        // Re-parsing would turn the old objects into proxies addressed by their list positions,
        // which other files' references would then resolve to whatever object holds that position
        // now. Old objects stay as they are instead: retarget() points those references to the new
        // objects by name (or the file is re-linked from its text).
        for (Resource resource : set.getResources()) {
            if (resource instanceof XtextResource xtext) {
                xtext.setUnloader(NO_UNLOAD);
            }
        }
        List<Resource> reparsed = new ArrayList<>();
        for (Map.Entry<Path, String> file : changed.entrySet()) {
            URI uri = URI.createFileURI(file.getKey().toString());
            Resource resource = set.getResource(uri, false);
            if (file.getValue() == null) {
                if (resource != null) {
                    resource.unload();
                    set.getResources().remove(resource);
                }
            } else if (resource instanceof XtextResource xtext && xtext.isLoaded()) {
                xtext.reparse(file.getValue());
                reparsed.add(xtext);
            } else {
                if (resource != null) {
                    set.getResources().remove(resource);
                }
                Resource created = set.createResource(uri);
                if (created == null) {
                    throw new IOException("no language for " + file.getKey().getFileName());
                }
                if (created instanceof XtextResource xtext) {
                    xtext.setUnloader(NO_UNLOAD);
                }
                created.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
                reparsed.add(created);
            }
        }
        Map<String, EObject> byName = index(reparsed);
        boolean deleted = changed.containsValue(null);
        for (Resource resource : List.copyOf(set.getResources())) {
            if (!reparsed.contains(resource) && resource instanceof XtextResource xtext && xtext.isLoaded()) {
                if (deleted || !xtext.getErrors().isEmpty() || !retarget(xtext, byName)) {
                    xtext.relink();
                }
            }
        }
        EcoreUtil.resolveAll(set);

        List<Resource> resources = new ArrayList<>(set.getResources());
        resources.sort(Comparator.comparing(r -> r.getURI().toString()));
        ModelSet models = new ModelSet();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof Model model) {
                    models.add(model);
                }
            }
        }
        Map<Path, Boolean> touched = new HashMap<>();
        changed.keySet().forEach(p -> touched.put(p, Boolean.TRUE));
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : previous) {
            if (!touched.containsKey(problem.file().toAbsolutePath().normalize())) {
                problems.add(problem);
            }
        }
        for (Resource resource : reparsed) {
            problems.addAll(validate((XtextResource) resource));
        }
        return new LoadResult(models, problems, set);
    }

    /** The named objects of the re-parsed files, by class and name (the first one wins, as in scoping). */
    private static Map<String, EObject> index(List<Resource> resources) {
        Map<String, EObject> result = new HashMap<>();
        for (Resource resource : resources) {
            for (java.util.Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof Named named && named.getName() != null) {
                    result.putIfAbsent(object.eClass().getName() + "\u0000" + named.getName(), object);
                }
            }
        }
        return result;
    }

    /**
     * Points the references of an unchanged file that went to objects of a re-parsed file (now
     * detached) to the new objects of the same class and name: what re-linking would find, since
     * DynaDeploy's cross-file names are global simple names, without recomputing any scope.
     * Returns false (and the caller re-links the file) if some reference cannot be retargeted.
     */
    @SuppressWarnings("unchecked")
    private static boolean retarget(XtextResource resource, Map<String, EObject> byName) {
        try {
            for (java.util.Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject object = it.next();
                for (EReference reference : object.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                        continue;
                    }
                    if (reference.isMany()) {
                        InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(reference, false);
                        for (int i = 0; i < list.size(); i++) {
                            EObject target = list.basicGet(i);
                            if (isStale(target)) {
                                EObject replacement = replacement(target, byName);
                                if (replacement == null) {
                                    return false;
                                }
                                list.set(i, replacement);
                            }
                        }
                    } else {
                        EObject target = (EObject) object.eGet(reference, false);
                        if (isStale(target)) {
                            EObject replacement = replacement(target, byName);
                            if (replacement == null) {
                                return false;
                            }
                            object.eSet(reference, replacement);
                        }
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isStale(EObject target) {
        return target != null && !target.eIsProxy() && EcoreUtil.getRootContainer(target).eResource() == null;
    }

    private static EObject replacement(EObject stale, Map<String, EObject> byName) {
        return stale instanceof Named named && named.getName() != null
                ? byName.get(stale.eClass().getName() + "\u0000" + named.getName()) : null;
    }

    private static List<Problem> validate(XtextResource resource) {
        Path file = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Problem> result = new ArrayList<>();
        for (Issue issue : issues) {
            Problem.Severity severity = switch (issue.getSeverity()) {
                case ERROR -> Problem.Severity.ERROR;
                case WARNING -> Problem.Severity.WARNING;
                default -> Problem.Severity.INFO;
            };
            result.add(new Problem(file, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
                    issue.getColumn() == null ? 1 : issue.getColumn(), severity, issue.getMessage(), issue.getCode()));
        }
        result.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return result;
    }
}
