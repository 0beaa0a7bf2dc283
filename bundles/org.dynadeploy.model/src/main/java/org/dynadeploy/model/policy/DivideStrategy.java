package org.dynadeploy.model.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The strategies of dydisnix {@code divide} (dydisnix-divide --strategy). */
public enum DivideStrategy {
    /** The first candidate with enough capacity left. */
    GREEDY("greedy"),
    /** The candidate with the most capacity left (ties: the earliest). */
    HIGHEST_BIDDER("highest-bidder"),
    /** The candidate with the least capacity left that still fits (ties: the earliest). */
    LOWEST_BIDDER("lowest-bidder");

    private final String literal;

    DivideStrategy(String literal) {
        this.literal = literal;
    }

    /** The name written in policies and on the dydisnix command line. */
    public String literal() {
        return literal;
    }

    public static Optional<DivideStrategy> of(String literal) {
        return Arrays.stream(values()).filter(s -> s.literal.equals(literal)).findFirst();
    }

    /** Every literal, in declaration order. */
    public static List<String> literals() {
        return Arrays.stream(values()).map(DivideStrategy::literal).toList();
    }
}
