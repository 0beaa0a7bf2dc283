package org.dynadeploy.languageserver.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/**
 * Puts a failed plan where the user can act on it: on the declaration of the service the
 * planner's message names (e.g. the service no target had room for), else of the target it
 * names, else on the policy. The planner reports in sentences, so names are found in the text and
 * accepted only if such a service or target exists.
 */
final class PlanningFailures {

    /** The issue code of planning failures (not a validation code: it comes from running the policy). */
    static final String CODE = "org.dynadeploy.planningFailed";

    private static final List<Pattern> SERVICE_PATTERNS = List.of(
            Pattern.compile("(?i)\\bservice:?\\s*'([^']+)'"),
            Pattern.compile("(?i)\\bservice:\\s*([^\\s,;()']+)"));
    private static final Pattern TARGET_PATTERN = Pattern.compile("(?i)\\btarget:?\\s*'([^']+)'");

    private PlanningFailures() {
    }

    static Map<URI, List<Issue>> issues(String message, ModelSet models, EObject policy) {
        EObject culprit = named(message, SERVICE_PATTERNS, models.servicesByName())
                .or(() -> named(message, List.of(TARGET_PATTERN), models.targetsByName()))
                .orElse(policy);
        Issue issue = issueOn(culprit, "planning failed: " + message);
        return issue == null ? Map.of() : Map.of(culprit.eResource().getURI(), List.of(issue));
    }

    private static Optional<EObject> named(String message, List<Pattern> patterns, Map<String, ? extends EObject> known) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(message);
            while (matcher.find()) {
                EObject element = known.get(matcher.group(1));
                if (element != null && element.eResource() != null) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }

    /** An error on the element's name (its whole text when it has no name node). */
    private static Issue issueOn(EObject element, String message) {
        List<INode> names = element instanceof Named
                ? NodeModelUtils.findNodesForFeature(element, ModelPackage.Literals.NAMED__NAME) : List.of();
        INode node = names.isEmpty() ? NodeModelUtils.getNode(element) : names.get(0);
        if (node == null) {
            return null;
        }
        INode root = node.getRootNode();
        LineAndColumn start = NodeModelUtils.getLineAndColumn(root, node.getOffset());
        LineAndColumn end = NodeModelUtils.getLineAndColumn(root, node.getEndOffset());
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.ERROR);
        issue.setCode(CODE);
        issue.setMessage(message);
        issue.setUriToProblem(element.eResource().getURI().appendFragment(element.eResource().getURIFragment(element)));
        issue.setOffset(node.getOffset());
        issue.setLength(node.getLength());
        issue.setLineNumber(start.getLine());
        issue.setColumn(start.getColumn());
        issue.setLineNumberEnd(end.getLine());
        issue.setColumnEnd(end.getColumn());
        return issue;
    }
}
