package org.dynadeploy.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanResult;
import org.dynadeploy.planner.explain.Decision;
import org.dynadeploy.planner.explain.StepSummary;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * gendist's {@code --explain-format json}, for tools:
 * <pre>
 * { "policy": "p" | null, "notes": [..],
 *   "steps": [ { "step", "filter", "arguments", "before": {"services", "mappings"}, "after": {..}, "milliseconds" } ],
 *   "services": { "svc": { "targets": [..], "pinned": false,
 *                          "decisions": [ { "step", "filter", "kind", "target", "reason" } ] } } }
 * </pre>
 * Services are keyed by name in byte order; a service a step dropped altogether has
 * {@code "inResult": false}. Written with Gson, so every string is escaped correctly.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    static String render(PlanResult result, String policy) {
        JsonObject root = new JsonObject();
        root.addProperty("policy", policy);
        JsonArray notes = new JsonArray();
        result.explanation().notes().forEach(notes::add);
        root.add("notes", notes);
        JsonArray steps = new JsonArray();
        for (StepSummary step : result.explanation().steps()) {
            JsonObject json = new JsonObject();
            json.addProperty("step", step.step());
            json.addProperty("filter", step.filter());
            json.addProperty("arguments", step.arguments());
            json.add("before", counts(step.servicesBefore(), step.mappingsBefore()));
            json.add("after", counts(step.servicesAfter(), step.mappingsAfter()));
            json.addProperty("milliseconds", Double.parseDouble(String.format(Locale.ROOT, "%.3f", step.nanos() / 1e6)));
            steps.add(json);
        }
        root.add("steps", steps);
        CandidateDistribution distribution = result.distribution();
        Map<String, List<Decision>> decisions = result.explanation().byService();
        JsonObject services = new JsonObject();
        for (int service : distribution.services()) {
            String name = distribution.universe().serviceName(service);
            JsonObject json = new JsonObject();
            json.addProperty("inResult", true);
            JsonArray targets = new JsonArray();
            distribution.targetNames(name).forEach(targets::add);
            json.add("targets", targets);
            json.addProperty("pinned", result.isPinned(name));
            json.add("decisions", decisions(decisions.getOrDefault(name, List.of())));
            services.add(name, json);
        }
        decisions.forEach((name, list) -> {
            if (!distribution.contains(name)) {
                JsonObject json = new JsonObject();
                json.addProperty("inResult", false);
                json.add("targets", new JsonArray());
                json.addProperty("pinned", false);
                json.add("decisions", decisions(list));
                services.add(name, json);
            }
        });
        root.add("services", services);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    private static JsonObject counts(long services, long mappings) {
        JsonObject json = new JsonObject();
        json.addProperty("services", services);
        json.addProperty("mappings", mappings);
        return json;
    }

    private static JsonArray decisions(List<Decision> list) {
        JsonArray array = new JsonArray();
        for (Decision decision : list) {
            JsonObject json = new JsonObject();
            json.addProperty("step", decision.step());
            json.addProperty("filter", decision.filter());
            json.addProperty("kind", decision.kind().name().toLowerCase(Locale.ROOT));
            json.addProperty("target", decision.target());
            json.addProperty("reason", decision.reason());
            array.add(json);
        }
        return array;
    }
}
