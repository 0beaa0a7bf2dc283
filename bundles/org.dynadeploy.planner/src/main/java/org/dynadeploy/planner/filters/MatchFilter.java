package org.dynadeploy.planner.filters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.ValueText;

/**
 * The shape of dydisnix's three relationship filters: keep a candidate iff a service property and
 * a target property match. One side is a single value and the other a single value
 * ({@code mapAttrOnAttr}: Nix {@code ==}) or a list ({@code mapAttrOnList},
 * {@code mapListOnAttr}: Nix {@code elem}). Candidate order is kept. As in Nix's lazy evaluation, a
 * service's property is only read when it has candidates, and only the candidates' properties are
 * read, so a missing or mistyped property is an error exactly when (and where) Nix would raise one.
 *
 * <p>Each target's property is read once, on its first use, and each value is turned into small
 * int codes ({@link ValueCodes}), so testing a (service, target) pair compares ints instead of
 * looking up and comparing model values; values the codes cannot stand for are compared with
 * {@link Values#nixEquals}. Per distinct service codes a table over the targets remembers which
 * match, and services with the same candidate list and the same codes get the same result, which
 * is computed once and shared. (Not while an explanation is recorded: then every pair is tested,
 * to give each removed candidate its reason.)
 */
abstract class MatchFilter extends ReferenceFilter {

    /** One side of the relation: which parameter names the property, and whether it holds a list. */
    record Side(String parameter, boolean list) {
        static Side value(String parameter) {
            return new Side(parameter, false);
        }

        static Side list(String parameter) {
            return new Side(parameter, true);
        }
    }

    private final Side serviceSide;
    private final Side targetSide;

    MatchFilter(Side serviceSide, Side targetSide) {
        if (serviceSide.list() && targetSide.list()) throw new IllegalArgumentException("at most one side is a list");
        this.serviceSide = serviceSide;
        this.targetSide = targetSide;
    }

    @Override
    public CandidateDistribution apply(PlanningContext context, CandidateDistribution input, Parameters parameters) {
        String serviceProperty = parameters.requireText(serviceSide.parameter());
        String targetProperty = parameters.requireText(targetSide.parameter());
        boolean explain = context.reasons().enabled();
        ValueCodes codes = new ValueCodes();
        int targetCount = context.universe().targetCount();
        Value[] targetValues = new Value[targetCount];
        int[][] targetCodes = new int[targetCount][];
        // The kept positions per (candidate list, service codes): the same for every service that has both.
        Map<Memo, int[]> memo = new HashMap<>();
        MatchRows rows = new MatchRows(targetCount);
        CandidateDistribution.Builder result = input.toBuilder();
        int[] kept = new int[Math.max(16, targetCount)];
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count == 0) continue;
            Value serviceValue = read(context, serviceSide, service, serviceProperty, true);
            int[] serviceCodes = codes.of(serviceValue, serviceSide.list());
            Memo key = explain || serviceCodes == ValueCodes.INEXACT ? null : new Memo(input.listToken(service), serviceCodes);
            int[] positions = key == null ? null : memo.get(key);
            if (positions != null) {
                result.keepShared(service, positions);
                continue;
            }
            if (kept.length < count) kept = new int[count];
            // Per target, whether it matches this service's codes (0 not known yet), shared by services with equal codes.
            byte[] known = key == null ? null : rows.row(serviceCodes);
            int size = 0;
            boolean exact = true;
            for (int i = 0; i < count; i++) {
                int target = input.target(service, i);
                byte state = known == null ? UNKNOWN : known[target];
                boolean match;
                if (state != UNKNOWN) {
                    match = state == MATCH;
                } else {
                    int[] codesOfTarget = targetCodes[target];
                    if (codesOfTarget == null) {
                        targetValues[target] = read(context, targetSide, target, targetProperty, false);
                        codesOfTarget = targetCodes[target] = codes.of(targetValues[target], targetSide.list());
                    }
                    match = matches(serviceCodes, codesOfTarget, serviceValue, targetValues[target]);
                    if (codesOfTarget == ValueCodes.INEXACT) {
                        exact = false;
                    } else if (known != null) {
                        known[target] = match ? MATCH : NO_MATCH;
                    }
                }
                if (match) {
                    kept[size++] = i;
                } else if (explain) {
                    Value targetValue = targetValues[target];
                    context.reasons().removed(service, target, () -> mismatch(serviceProperty,
                            ValueText.of(serviceValue), targetProperty, ValueText.of(targetValue)));
                }
            }
            positions = Arrays.copyOf(kept, size);
            // Values without codes are compared as values, which codes do not stand for: no reuse then.
            if (key != null && exact) {
                memo.put(key, positions);
                result.keepShared(service, positions);
            } else {
                result.keep(service, positions);
            }
        }
        return result.build();
    }

    private static final byte UNKNOWN = 0;
    private static final byte MATCH = 1;
    private static final byte NO_MATCH = 2;

    /**
     * Per distinct service codes, whether each target matches them, filled in as pairs are tested;
     * at most about {@link #BUDGET} bytes in all, beyond which codes get no row (and every pair of
     * theirs is compared).
     */
    private static final class MatchRows {
        private static final long BUDGET = 1L << 24;
        private final int targetCount;
        private final Map<int[], byte[]> rows = new IdentityHashMap<>();

        MatchRows(int targetCount) {
            this.targetCount = targetCount;
        }

        /** The row of some interned codes, or null when the budget is spent. */
        byte[] row(int[] codes) {
            byte[] row = rows.get(codes);
            if (row == null && (long) (rows.size() + 1) * targetCount <= BUDGET) {
                row = new byte[targetCount];
                rows.put(codes, row);
            }
            return row;
        }
    }

    /** A candidate list (its {@link CandidateDistribution#listToken}) and the codes of a service value (interned). */
    private record Memo(Object list, int[] serviceCodes) {
    }

    /** Compares codes when both sides have them, else the values themselves. */
    private boolean matches(int[] serviceCodes, int[] targetCodes, Value serviceValue, Value targetValue) {
        if (serviceCodes != ValueCodes.INEXACT && targetCodes != ValueCodes.INEXACT) {
            return ValueCodes.intersect(serviceCodes, targetCodes);
        }
        if (targetSide.list()) return Values.contains((ListValue) targetValue, serviceValue);
        if (serviceSide.list()) return Values.contains((ListValue) serviceValue, targetValue);
        return Values.nixEquals(serviceValue, targetValue);
    }

    private Value read(PlanningContext context, Side side, int index, String property, boolean service) {
        if (service) {
            return side.list() ? Lookups.serviceList(context, name(), index, property)
                    : Lookups.serviceValue(context, name(), index, property);
        }
        return side.list() ? Lookups.targetList(context, name(), index, property)
                : Lookups.targetValue(context, name(), index, property);
    }

    /** Why a candidate failed, e.g. "service.type 'x' not in target.supportedTypes ['y']". */
    private String mismatch(String serviceProperty, String serviceValue, String targetProperty, String targetValue) {
        String serviceText = "service." + serviceProperty + " " + serviceValue;
        String targetText = "target." + targetProperty + " " + targetValue;
        if (targetSide.list()) return serviceText + " not in " + targetText;
        if (serviceSide.list()) return targetText + " not in " + serviceText;
        return serviceText + " ≠ " + targetText;
    }
}
