package org.dynadeploy.planner.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.support.ByteOrder;

/**
 * Why a plan came out as it did: for every service, which step removed which candidates and why,
 * plus a summary of each filter call and general notes. Structured so front ends can render it as
 * text or JSON.
 */
public final class Explanation {

    private final List<StepSummary> steps;
    private final List<Decision> decisions;
    private final List<String> notes;

    public Explanation(List<StepSummary> steps, List<Decision> decisions, List<String> notes) {
        this.steps = List.copyOf(steps);
        this.decisions = List.copyOf(decisions);
        this.notes = List.copyOf(notes);
    }

    public static Explanation empty() {
        return new Explanation(List.of(), List.of(), List.of());
    }

    /** The filter calls, in the order they ran. */
    public List<StepSummary> steps() {
        return steps;
    }

    /** Every decision, in the order they were made (step by step, services in byte order). */
    public List<Decision> decisions() {
        return decisions;
    }

    /** Remarks that concern no single service (unused steps, previous mappings that were dropped, ...). */
    public List<String> notes() {
        return notes;
    }

    /** The decisions about one service, in the order they were made. */
    public List<Decision> forService(String service) {
        List<Decision> result = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.service().equals(service)) result.add(decision);
        }
        return result;
    }

    /** The decisions grouped by service, services in byte order. */
    public Map<String, List<Decision>> byService() {
        Map<String, List<Decision>> result = new TreeMap<>(ByteOrder.COMPARATOR);
        for (Decision decision : decisions) {
            result.computeIfAbsent(decision.service(), key -> new ArrayList<>()).add(decision);
        }
        result.replaceAll((key, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(result);
    }

    /** A plain-text rendering: notes, then per service its decisions. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String note : notes) {
            text.append("note: ").append(note).append('\n');
        }
        byService().forEach((service, list) -> {
            text.append(service).append(":\n");
            for (Decision decision : list) {
                text.append("  [").append(decision.step()).append("] ").append(decision).append('\n');
            }
        });
        return text.toString();
    }
}
