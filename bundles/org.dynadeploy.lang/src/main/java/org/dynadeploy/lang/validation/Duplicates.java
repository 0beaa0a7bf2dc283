package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Finds elements that share a key (a name) with another element of the same collection. */
final class Duplicates {

    private Duplicates() {
    }

    /**
     * Calls {@code report(element, other)} for every element whose key another element has, with
     * the first such other element (so each of a pair is reported, naming the other). Null and
     * empty keys are ignored: they are syntax errors reported elsewhere.
     */
    static <T> void forEach(Iterable<? extends T> elements, Function<? super T, String> key, BiConsumer<T, T> report) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        for (T element : elements) {
            String k = key.apply(element);
            if (k != null && !k.isEmpty()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(element);
            }
        }
        for (List<T> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (T element : group) {
                report.accept(element, group.get(group.get(0) == element ? 1 : 0));
            }
        }
    }
}
