package org.dynadeploy.disnix;

import java.util.Collection;
import java.util.List;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.TargetLastAssignments;

/**
 * Writes an ids model as the Nix expression of dydisnix-id-assign:
 * <pre>
 * {
 *   ids = {
 *     ports = {
 *       svc = 3000;
 *     };
 *     uids = { };
 *   };
 *   lastAssignments = {
 *     ports = 3000;
 *   };
 * }
 * </pre>
 * Byte-ordered; every resource table is written even when empty; {@code lastAssignments} and
 * {@code lastAssignmentsPerTarget} are left out when empty.
 */
public final class NixIdsWriter {

    private NixIdsWriter() {
    }

    public static String write(IdsModel model) {
        return write(model, List.of());
    }

    /**
     * Writes the model with an (empty) table for each of {@code resources} it lacks, as
     * dydisnix prints {@code ids.<R>} for every resource of the id resources model.
     */
    public static String write(IdsModel model, Collection<String> resources) {
        List<ResourceIds> tables = new java.util.ArrayList<>(model.getResources());
        for (String resource : resources) {
            if (tables.stream().noneMatch(t -> resource.equals(t.getResource()))) {
                ResourceIds empty = ModelFactory.eINSTANCE.createResourceIds();
                empty.setResource(resource);
                tables.add(empty);
            }
        }
        StringBuilder out = new StringBuilder("{\n");
        out.append("  ids = ");
        List<ResourceIds> sortedTables = IdsXml.sorted(tables, ResourceIds::getResource, "resource");
        if (sortedTables.isEmpty()) {
            out.append("{ };\n");
        } else {
            out.append("{\n");
            for (ResourceIds table : sortedTables) {
                out.append("    ").append(NixSyntax.attrName(table.getResource())).append(" = ");
                List<IdAssignment> assignments = IdsXml.sorted(table.getAssignments(), IdAssignment::getService,
                        "service in resource '" + table.getResource() + "'");
                if (assignments.isEmpty()) {
                    out.append("{ };\n");
                } else {
                    out.append("{\n");
                    for (IdAssignment assignment : assignments) {
                        out.append("      ").append(NixSyntax.attrName(assignment.getService())).append(" = ")
                                .append(assignment.getValue()).append(";\n");
                    }
                    out.append("    };\n");
                }
            }
            out.append("  };\n");
        }
        if (!model.getLastAssignments().isEmpty()) {
            out.append("  lastAssignments = {\n");
            writeLast(out, model.getLastAssignments(), "    ", "last assignment");
            out.append("  };\n");
        }
        if (!model.getTargets().isEmpty()) {
            out.append("  lastAssignmentsPerTarget = {\n");
            for (TargetLastAssignments target : IdsXml.sorted(model.getTargets(), TargetLastAssignments::getTarget,
                    "target")) {
                out.append("    ").append(NixSyntax.attrName(target.getTarget())).append(" = ");
                if (target.getLastAssignments().isEmpty()) {
                    out.append("{ };\n");
                } else {
                    out.append("{\n");
                    writeLast(out, target.getLastAssignments(), "      ",
                            "last assignment of target '" + target.getTarget() + "'");
                    out.append("    };\n");
                }
            }
            out.append("  };\n");
        }
        return out.append("}\n").toString();
    }

    private static void writeLast(StringBuilder out, List<LastAssignment> lasts, String indent, String what) {
        for (LastAssignment last : IdsXml.sorted(lasts, LastAssignment::getResource, what)) {
            out.append(indent).append(NixSyntax.attrName(last.getResource())).append(" = ").append(last.getValue())
                    .append(";\n");
        }
    }
}
