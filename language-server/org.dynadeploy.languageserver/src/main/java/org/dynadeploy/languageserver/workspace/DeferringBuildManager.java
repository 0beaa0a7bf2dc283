package org.dynadeploy.languageserver.workspace;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.languageserver.languages.LanguageLoading;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Holds back the first initial build. Xtext builds the whole workspace inside the 'initialize'
 * request, so a client waits for the index before the server even answers; here the projects are
 * only recorded, and the workspace manager builds them once the answer is out. Every build waits
 * for the languages, which are set up in the background ({@link LanguageLoading}).
 */
public class DeferringBuildManager extends BuildManager {

    private boolean deferNext = true;
    private List<ProjectDescription> deferred = new ArrayList<>();

    @Override
    public List<IResourceDescription.Delta> doInitialBuild(List<ProjectDescription> projects, CancelIndicator indicator) {
        if (deferNext) {
            deferNext = false;
            deferred = new ArrayList<>(projects);
            return List.of();
        }
        LanguageLoading.await();
        return super.doInitialBuild(projects, indicator);
    }

    @Override
    protected List<IResourceDescription.Delta> internalBuild(CancelIndicator cancelIndicator) {
        LanguageLoading.await();
        return super.internalBuild(cancelIndicator);
    }

    /** Builds what the first initial build held back (nothing when called again). */
    List<IResourceDescription.Delta> buildDeferred(CancelIndicator indicator) {
        List<ProjectDescription> projects = deferred;
        deferred = new ArrayList<>();
        deferNext = false;
        LanguageLoading.await();
        return projects.isEmpty() ? List.of() : super.doInitialBuild(projects, indicator);
    }
}
