package org.dynadeploy.planner.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.dynadeploy.planner.Universe;
import org.junit.jupiter.api.Test;

/**
 * The map filters and {@code order} precompute per target (value codes, a ranking); this checks
 * them against the plain per-pair definition on random models full of awkward values: ints and
 * floats that are equal, -0.0, NaN, integers beyond 2⁵³, booleans, nested lists, missing and
 * mistyped properties, duplicate candidates. Results and error messages must be the same.
 */
class FastPathEquivalenceTest {

    private static final int SEEDS = 400;
    private static final long BIG = (1L << 53) + 1;
    private static final Object[] SCALARS = {"a", "b", "1", 0, 1, 2, 1.0, 2.5, 0.0, -0.0, Double.NaN, BIG, BIG - 1,
        (double) (1L << 53), -BIG, true, false, List.of("a"), List.of()};

    private static Object scalar(Random random, boolean plain) {
        return plain ? List.of("a", "b", "c", "d").get(random.nextInt(4)) : SCALARS[random.nextInt(SCALARS.length)];
    }

    private static List<Object> list(Random random, boolean plain) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) list.add(scalar(random, plain));
        return list;
    }

    private static ModelSet models(long seed) {
        Random random = new Random(seed);
        boolean plain = random.nextBoolean();
        TestModels models = new TestModels();
        int services = 1 + random.nextInt(12);
        int targets = 1 + random.nextInt(9);
        for (int s = 0; s < services; s++) {
            TestModels.ServiceBuilder service = models.service("s" + s);
            if (random.nextInt(10) > 0) service.type(List.of("a", "b", "c").get(random.nextInt(3)));
            if (random.nextInt(12) > 0) service.prop("v", scalar(random, plain));
            if (random.nextInt(12) > 0) service.prop("vs", random.nextInt(15) == 0 ? scalar(random, plain) : list(random, plain));
        }
        for (int t = 0; t < targets; t++) {
            TestModels.TargetBuilder target = models.target("t" + t);
            if (random.nextInt(15) > 0) target.prop("v", scalar(random, plain));
            if (random.nextInt(15) > 0) target.prop("vs", random.nextInt(20) == 0 ? scalar(random, plain) : list(random, plain));
            // order keys: mostly ints, sometimes floats, strings, or awkward ones
            int kind = random.nextInt(20);
            if (kind > 0) {
                target.prop("k", kind < 12 ? (Object) random.nextInt(5) : kind < 15 ? (Object) (random.nextInt(5) / 2.0)
                        : kind < 17 ? (Object) ("k" + random.nextInt(3)) : SCALARS[random.nextInt(SCALARS.length)]);
            }
        }
        return models.build();
    }

    private static CandidateDistribution candidates(Universe universe, Random random) {
        CandidateDistribution.Builder builder = CandidateDistribution.builder(universe);
        for (int s = 0; s < universe.serviceCount(); s++) {
            if (random.nextInt(6) == 0) continue;
            int[] list;
            if (random.nextInt(4) == 0) {
                list = new int[universe.targetCount()];
                Arrays.setAll(list, i -> i);
            } else {
                list = new int[random.nextInt(universe.targetCount() + 3)];
                for (int i = 0; i < list.length; i++) list[i] = random.nextInt(universe.targetCount());
            }
            builder.put(s, list);
        }
        return builder.build();
    }

    private static String outcome(Supplier<CandidateDistribution> run) {
        try {
            return run.get().toString();
        } catch (PlanningException e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "exception: " + e.getClass().getName();
        }
    }

    @Test
    void mapFiltersAndOrderMatchTheirPlainDefinitions() {
        int errors = 0;
        int results = 0;
        for (long run = 0; run < SEEDS; run++) {
            long seed = run;
            ModelSet models = models(seed);
            PlanningContext context = PlanningContext.of(models);
            // Half the runs start from initial, where every service shares one list (computed once per list).
            CandidateDistribution input = seed % 2 == 0 ? CandidateDistribution.initial(context.universe())
                    : candidates(context.universe(), new Random(seed * 7 + 1));
            for (String[] call : new String[][] {
                {MapAttrOnAttr.NAME, "v", "v"}, {MapAttrOnAttr.NAME, "type", "v"}, {MapAttrOnList.NAME, "v", "vs"},
                {MapAttrOnList.NAME, "type", "vs"}, {MapListOnAttr.NAME, "vs", "v"}, {Order.NAME, null, "k"}}) {
                String fast = outcome(() -> fast(context, input, call));
                String plain = outcome(() -> plain(context, input, call));
                assertEquals(plain, fast, () -> "seed " + seed + ", " + String.join(" ", Arrays.asList(call)) + " on " + input);
                if (fast.startsWith("error")) errors++;
                else results++;
            }
            // A chain, where the second filter sees the lists the first one shared between services.
            for (String[] first : new String[][] {{MapAttrOnList.NAME, "type", "vs"}, {MapAttrOnAttr.NAME, "type", "v"}}) {
                String[] order = {Order.NAME, null, "k"};
                String fast = outcome(() -> fast(context, fast(context, input, first), order));
                String plain = outcome(() -> plain(context, plain(context, input, first), order));
                assertEquals(plain, fast, () -> "seed " + seed + ", " + first[0] + " then order");
            }
        }
        // Both outcomes must have been exercised often.
        assertEquals(true, errors > 100 && results > 500, errors + " errors, " + results + " results");
    }

    @Test
    void everyPairOfAwkwardValuesMatchesAsNixEqualityDoes() {
        TestModels models = new TestModels();
        for (int i = 0; i < SCALARS.length; i++) {
            models.service(String.format("s%02d", i)).prop("v", SCALARS[i]).prop("vs", List.of(SCALARS[i]));
            models.target(String.format("t%02d", i)).prop("v", SCALARS[i]).prop("vs", List.of("z", SCALARS[i]));
        }
        PlanningContext context = PlanningContext.of(models.build());
        CandidateDistribution input = CandidateDistribution.initial(context.universe());
        for (String[] call : new String[][] {
            {MapAttrOnAttr.NAME, "v", "v"}, {MapAttrOnList.NAME, "v", "vs"}, {MapListOnAttr.NAME, "vs", "v"}}) {
            CandidateDistribution fast = fast(context, input, call);
            assertEquals(plain(context, input, call).toString(), fast.toString(), call[0]);
        }
        // A few known answers: 1 == 1.0, -0.0 == 0 == 0.0, NaN equals nothing, 2^53 + 1 == 2^53 only as a float.
        CandidateDistribution equal = fast(context, input, new String[] {MapAttrOnAttr.NAME, "v", "v"});
        assertEquals(List.of("t04", "t06"), equal.targetNames("s04"));
        assertEquals(List.of("t03", "t08", "t09"), equal.targetNames("s09"));
        assertEquals(List.of(), equal.targetNames("s10"));
        assertEquals(List.of("t11", "t13"), equal.targetNames("s11"));
    }

    @Test
    void orderOfEveryTripleOfAwkwardNumbersIsTheComparisonSort() {
        Object[] numbers = {0, 1, 1.0, 2.5, 0.0, -0.0, Double.NaN, BIG, BIG - 1, (double) (1L << 53), -BIG, -1, 3};
        int checked = 0;
        for (int a = 0; a < numbers.length; a++) {
            for (int b = 0; b < numbers.length; b++) {
                for (int c = b; c < numbers.length; c++) {
                    TestModels models = new TestModels();
                    models.target("ta").prop("k", numbers[a]);
                    models.target("tb").prop("k", numbers[b]);
                    models.target("tc").prop("k", numbers[c]);
                    models.target("td").prop("k", 2);
                    for (String service : List.of("abc", "bca", "cab", "cba", "acdb", "dcba")) models.service(service);
                    PlanningContext context = PlanningContext.of(models.build());
                    CandidateDistribution.Builder builder = CandidateDistribution.builder(context.universe());
                    for (String service : List.of("abc", "bca", "cab", "cba", "acdb", "dcba")) {
                        builder.put(service, service.chars().mapToObj(ch -> "t" + (char) ch).toArray(String[]::new));
                    }
                    CandidateDistribution input = builder.build();
                    String[] call = {Order.NAME, null, "k"};
                    String keys = numbers[a] + ", " + numbers[b] + ", " + numbers[c];
                    assertEquals(plain(context, input, call).toString(), fast(context, input, call).toString(), keys);
                    checked++;
                }
            }
        }
        assertEquals(numbers.length * numbers.length * (numbers.length + 1) / 2, checked);
    }

    private static CandidateDistribution fast(PlanningContext context, CandidateDistribution input, String[] call) {
        return switch (call[0]) {
            case MapAttrOnAttr.NAME -> FilterTestSupport.run(new MapAttrOnAttr(), context, input, "serviceProperty", call[1],
                    "targetProperty", call[2]);
            case MapAttrOnList.NAME -> FilterTestSupport.run(new MapAttrOnList(), context, input, "serviceProperty", call[1],
                    "targetPropertyList", call[2]);
            case MapListOnAttr.NAME -> FilterTestSupport.run(new MapListOnAttr(), context, input, "servicePropertyList",
                    call[1], "targetProperty", call[2]);
            default -> FilterTestSupport.run(new Order(), context, input, "targetProperty", call[2]);
        };
    }

    // ---- the plain definitions: per pair, per service, straight from the reference ----

    private static CandidateDistribution plain(PlanningContext context, CandidateDistribution input, String[] call) {
        return call[0].equals(Order.NAME) ? plainOrder(context, input, call[2]) : plainMatch(context, input, call);
    }

    private static CandidateDistribution plainMatch(PlanningContext context, CandidateDistribution input, String[] call) {
        String filter = call[0];
        boolean serviceList = filter.equals(MapListOnAttr.NAME);
        boolean targetList = filter.equals(MapAttrOnList.NAME);
        Universe universe = context.universe();
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count == 0) continue;
            Value serviceValue = ServiceAttributes.get(context.service(service), call[1]).orElseThrow(() ->
                    new PlanningException(filter + ": service '" + universe.serviceName(service) + "' has no property '"
                            + call[1] + "'"));
            if (serviceList && !(serviceValue instanceof ListValue)) {
                throw new PlanningException(filter + ": property '" + call[1] + "' of service '"
                        + universe.serviceName(service) + "' is a " + Values.typeName(serviceValue) + ", but it must be a list");
            }
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int target = input.target(service, i);
                Value targetValue = Properties.get(context.target(target).getProperties(), call[2]).orElseThrow(() ->
                        new PlanningException(filter + ": target '" + universe.targetName(target) + "' has no property '"
                                + call[2] + "'"));
                if (targetList && !(targetValue instanceof ListValue)) {
                    throw new PlanningException(filter + ": property '" + call[2] + "' of target '"
                            + universe.targetName(target) + "' is a " + Values.typeName(targetValue) + ", but it must be a list");
                }
                boolean match = targetList ? Values.contains((ListValue) targetValue, serviceValue)
                        : serviceList ? Values.contains((ListValue) serviceValue, targetValue)
                        : Values.nixEquals(serviceValue, targetValue);
                if (match) kept.add(i);
            }
            result.keep(service, kept.stream().mapToInt(Integer::intValue).toArray());
        }
        return result.build();
    }

    private static CandidateDistribution plainOrder(PlanningContext context, CandidateDistribution input, String property) {
        Universe universe = context.universe();
        CandidateDistribution.Builder result = input.toBuilder();
        for (int service : input.services()) {
            int count = input.candidateCount(service);
            if (count < 2) continue;
            Value[] keys = new Value[count];
            for (int i = 0; i < count; i++) {
                int target = input.target(service, i);
                keys[i] = Properties.get(context.target(target).getProperties(), property).orElseThrow(() ->
                        new PlanningException(Order.NAME + ": target '" + universe.targetName(target)
                                + "' has no property '" + property + "'"));
            }
            for (int i = 0; i < count; i++) {
                boolean ok = Values.isNumber(keys[i]) ? Values.isNumber(keys[0])
                        : keys[i] instanceof StringValue && keys[0] instanceof StringValue;
                if (!ok) {
                    throw new PlanningException(Order.NAME + ": cannot compare property '" + property + "' of target '"
                            + universe.targetName(input.target(service, 0)) + "' ("
                            + org.dynadeploy.planner.ValueText.of(keys[0]) + ") with that of '"
                            + universe.targetName(input.target(service, i)) + "' ("
                            + org.dynadeploy.planner.ValueText.of(keys[i]) + "); order needs all numbers or all strings");
                }
            }
            Integer[] positions = new Integer[count];
            Arrays.setAll(positions, i -> i);
            Arrays.sort(positions, Comparator.comparing(i -> keys[i], FastPathEquivalenceTest::lessThan));
            result.keep(service, Arrays.stream(positions).mapToInt(Integer::intValue).toArray());
        }
        return result.build();
    }

    private static int lessThan(Value a, Value b) {
        if (a instanceof StringValue x && b instanceof StringValue y) return ByteOrder.compare(x.getValue(), y.getValue());
        if (a instanceof IntValue x && b instanceof IntValue y) return Long.compare(x.getValue(), y.getValue());
        double x = Values.asDouble(a);
        double y = Values.asDouble(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
}
