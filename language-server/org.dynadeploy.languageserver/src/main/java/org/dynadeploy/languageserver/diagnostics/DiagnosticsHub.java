package org.dynadeploy.languageserver.diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Singleton;

/**
 * Every diagnostic the client sees passes here: Xtext's issues from the builds, plus the issues
 * of the last failed plan. A file's diagnostics are always published as the union of both, so a
 * rebuild does not wipe a planning failure and a new plan does not wipe a syntax error.
 */
@Singleton
public class DiagnosticsHub {

    private final Map<URI, List<Issue>> buildIssues = new HashMap<>();
    private Map<URI, List<Issue>> planningIssues = new HashMap<>();
    private Procedure2<? super URI, ? super Iterable<Issue>> publisher;

    /** Wraps Xtext's issue acceptor (which publishes to the client) so every publication goes through the hub. */
    public synchronized Procedure2<URI, Iterable<Issue>> wrap(Procedure2<? super URI, ? super Iterable<Issue>> xtextPublisher) {
        this.publisher = xtextPublisher;
        return this::acceptBuildIssues;
    }

    private synchronized void acceptBuildIssues(URI uri, Iterable<Issue> issues) {
        List<Issue> copy = new ArrayList<>();
        issues.forEach(copy::add);
        if (copy.isEmpty()) {
            buildIssues.remove(uri);
        } else {
            buildIssues.put(uri, copy);
        }
        publish(uri);
    }

    /** Replaces the planning issues of all files (an empty map clears them) and republishes the files concerned. */
    public synchronized void setPlanningIssues(Map<URI, List<Issue>> issues) {
        Set<URI> affected = new HashSet<>(planningIssues.keySet());
        affected.addAll(issues.keySet());
        planningIssues = new HashMap<>(issues);
        affected.forEach(this::publish);
    }

    public synchronized List<Issue> planningIssues(URI uri) {
        return planningIssues.getOrDefault(uri, List.of());
    }

    private void publish(URI uri) {
        if (publisher == null) {
            return;
        }
        List<Issue> all = new ArrayList<>(buildIssues.getOrDefault(uri, List.of()));
        all.addAll(planningIssues.getOrDefault(uri, List.of()));
        publisher.apply(uri, all);
    }
}
