package org.dynadeploy.lang.validation;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for misspelt names: the candidate with the smallest Levenshtein distance, if
 * it is close enough to be a typo rather than a different name.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The nearest candidate, if its distance is at most about a third of the name's length (at least 1, at most 3). */
    public static Optional<String> nearest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.max(1, Math.min(3, (name.length() + 1) / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(name)) {
                continue;
            }
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            // Case-only differences count as one edit: 'requiremem' is a typo of 'requireMem'.
            if (distance == 0) {
                distance = 1;
            }
            if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "" when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        return nearest(name, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** "; did you mean 'x'?" or "." when nothing is close: ends a sentence that another one follows. */
    public static String endOfSentence(String name, Collection<String> candidates) {
        return nearest(name, candidates).map(s -> "; did you mean '" + s + "'?").orElse(".");
    }

    /** The Levenshtein distance (insertions, deletions and substitutions cost 1). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A short human list: 'a', 'b' and 'c' (at most {@code max} names, then "and N more"). */
    public static String list(Collection<String> names, int max) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        for (String name : names) {
            if (i == max) {
                result.append(" and ").append(names.size() - max).append(" more");
                break;
            }
            if (i > 0) {
                result.append(i == names.size() - 1 ? " and " : ", ");
            }
            result.append('\'').append(name).append('\'');
            i++;
        }
        return result.toString();
    }
}
