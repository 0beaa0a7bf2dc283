package org.dynadeploy.cli.tests;

import java.util.List;

/**
 * Expected outputs of the single-filter commands in dydisnix's Nix candidate form (libnixxml's
 * layout), written from a compact description: {@code nix("s1", List.of("t1"), "s2", List.of())}.
 * A target "t/c" is the mapping to target t in container c (the attribute-set form).
 */
final class Candidates {

    static final String T1 = "testtarget1";
    static final String T2 = "testtarget2";
    static final String T3 = "testtarget3";

    private Candidates() {
    }

    static String nix(Object... servicesAndTargets) {
        boolean sets = false;
        for (int i = 1; i < servicesAndTargets.length; i += 2) {
            sets |= ((List<?>) servicesAndTargets[i]).stream().anyMatch(t -> ((String) t).contains("/"));
        }
        StringBuilder out = new StringBuilder("{\n");
        for (int i = 0; i < servicesAndTargets.length; i += 2) {
            out.append("  \"").append(servicesAndTargets[i]).append("\" = [\n");
            for (Object entry : (List<?>) servicesAndTargets[i + 1]) {
                String[] parts = ((String) entry).split("/", 2);
                if (!sets) {
                    out.append("    \"").append(parts[0]).append("\"\n");
                    continue;
                }
                out.append("    {\n      \"target\" = \"").append(parts[0]).append("\";\n");
                if (parts.length > 1) out.append("      \"container\" = \"").append(parts[1]).append("\";\n");
                out.append("    }\n");
            }
            out.append("  ];\n");
        }
        return out.append("}\n").toString();
    }

    /** The same three test services, each with its targets. */
    static String nix3(List<String> first, List<String> second, List<String> third) {
        return nix("testService1", first, "testService2", second, "testService3", third);
    }
}
