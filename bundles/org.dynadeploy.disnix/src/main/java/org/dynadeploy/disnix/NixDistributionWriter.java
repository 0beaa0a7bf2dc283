package org.dynadeploy.disnix;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;

/**
 * Writes a distribution as a Disnix distribution expression, the input of {@code disnix-env}:
 * <pre>
 * {infrastructure}:
 *
 * {
 *   svc = [
 *     infrastructure.t1
 *   ];
 * }
 * </pre>
 * Services are in byte order. A service with a container mapping uses the extended form
 * {@code svc = { targets = [ { target = infrastructure.t1; container = "c"; } ]; };}.
 */
public final class NixDistributionWriter {

    private NixDistributionWriter() {
    }

    public static String write(DistributionModel model) {
        StringBuilder out = new StringBuilder("{infrastructure}:\n\n{\n");
        for (ServiceMapping mapping : DistributionXml.sorted(model)) {
            String service = mapping.getService().getName();
            out.append("  ").append(NixSyntax.attrName(service)).append(" = ");
            boolean containers = mapping.getTargets().stream().anyMatch(t -> t.getContainer() != null);
            if (mapping.getTargets().isEmpty()) {
                out.append("[ ];\n");
            } else if (!containers) {
                out.append("[\n");
                for (TargetMapping target : mapping.getTargets()) {
                    out.append("    ").append(reference(target, service)).append('\n');
                }
                out.append("  ];\n");
            } else {
                out.append("{\n    targets = [\n");
                for (TargetMapping target : mapping.getTargets()) {
                    out.append("      { target = ").append(reference(target, service)).append(';');
                    if (target.getContainer() != null) {
                        out.append(" container = ").append(NixSyntax.string(target.getContainer())).append(';');
                    }
                    out.append(" }\n");
                }
                out.append("    ];\n  };\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String reference(TargetMapping target, String service) {
        return "infrastructure." + NixSyntax.attrName(DistributionXml.targetName(target, service));
    }
}
