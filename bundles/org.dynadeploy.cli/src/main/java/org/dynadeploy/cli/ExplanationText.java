package org.dynadeploy.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanResult;
import org.dynadeploy.planner.explain.Decision;
import org.dynadeploy.planner.explain.StepSummary;

/**
 * gendist's {@code --explain} as text: the filter calls in the order they ran, general notes, then
 * for each service where it went and which step removed which candidates, and why.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    /** @param policy the policy's name, or null when gendist ran without one */
    static String render(PlanResult result, String policy) {
        StringBuilder text = new StringBuilder();
        text.append(policy == null ? "No policy (-q): the result is the initial distribution.\n"
                : "Policy " + policy + ":\n");
        for (StepSummary step : result.explanation().steps()) {
            text.append("  ").append(step.step()).append(": ").append(step.filter()).append('(')
                    .append(step.arguments()).append(")  ")
                    .append(step.servicesBefore()).append(" services, ").append(step.mappingsBefore())
                    .append(" mappings -> ").append(step.servicesAfter()).append(" services, ")
                    .append(step.mappingsAfter()).append(" mappings  (")
                    .append(String.format(Locale.ROOT, "%.1f ms", step.nanos() / 1e6)).append(")\n");
        }
        for (String note : result.explanation().notes()) {
            text.append("note: ").append(note).append('\n');
        }
        CandidateDistribution distribution = result.distribution();
        Map<String, List<Decision>> decisions = result.explanation().byService();
        for (int service : distribution.services()) {
            String name = distribution.universe().serviceName(service);
            List<String> targets = distribution.targetNames(name);
            text.append(name).append(" => ").append(targets.isEmpty() ? "nothing" : String.join(", ", targets))
                    .append(result.isPinned(name) ? "  (pinned)" : "").append('\n');
            List<Decision> list = decisions.getOrDefault(name, List.of());
            if (list.isEmpty()) {
                text.append("  every candidate kept\n");
            }
            for (Decision decision : list) {
                text.append("  [").append(decision.step()).append("] ").append(decision).append('\n');
            }
        }
        // Services a step dropped from the distribution altogether are not in the result, but their story counts.
        decisions.forEach((name, list) -> {
            if (!distribution.contains(name)) {
                text.append(name).append(" (not in the result)\n");
                list.forEach(d -> text.append("  [").append(d.step()).append("] ").append(d).append('\n'));
            }
        });
        return text.toString();
    }
}
