package org.dynadeploy.cli;

import org.dynadeploy.disnix.NixSyntax;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.Universe;

/**
 * A candidate distribution in the Nix form dydisnix's C tools print (libnixxml's layout: two
 * spaces per level, quoted attribute names, one list element per line):
 * <pre>
 * {
 *   "svc" = [
 *     "t1"
 *   ];
 * }
 * </pre>
 * When any mapping names a container, every mapping is an attribute set
 * {@code { "target" = "t1"; "container" = "c"; }} instead, as the C tools switch forms.
 */
final class CandidateNix {

    private CandidateNix() {
    }

    /**
     * @param attributeSets whether to use the attribute-set form even without containers in the
     *                      result (dydisnix does so when its input had any)
     */
    static String write(CandidateDistribution distribution, boolean attributeSets) {
        boolean sets = attributeSets || distribution.hasContainers();
        Universe universe = distribution.universe();
        StringBuilder out = new StringBuilder("{\n");
        for (int service : distribution.services()) {
            out.append("  ").append(NixSyntax.string(universe.serviceName(service))).append(" = [\n");
            for (int i = 0; i < distribution.candidateCount(service); i++) {
                String target = NixSyntax.string(universe.targetName(distribution.target(service, i)));
                if (!sets) {
                    out.append("    ").append(target).append('\n');
                    continue;
                }
                out.append("    {\n      \"target\" = ").append(target).append(";\n");
                String container = distribution.container(service, i);
                if (container != null) {
                    out.append("      \"container\" = ").append(NixSyntax.string(container)).append(";\n");
                }
                out.append("    }\n");
            }
            out.append("  ];\n");
        }
        // libnixxml ends without a newline; a text file (and a shell prompt) wants one.
        return out.append("}\n").toString();
    }
}
