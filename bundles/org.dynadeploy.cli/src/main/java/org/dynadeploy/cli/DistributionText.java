package org.dynadeploy.cli;

import java.util.Set;
import java.util.regex.Pattern;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;

/**
 * Writes a distribution in the distribution language directly, one mapping per line, as the
 * serializer and formatter do ({@link ModelText}) but in time linear in its size: the serializer
 * looks every service and target name up in the scope, which takes minutes for thousands of
 * services. Names that are not plain identifiers (and so would need quoting) are left to the
 * serializer; keywords get the {@code ^} escape, as the serializer gives them.
 */
final class DistributionText {

    /** An identifier of the languages (see Common.xtext). */
    private static final Pattern PLAIN = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

    /** The keywords of the distribution language that are identifiers (its own and Common's). */
    private static final Set<String> KEYWORDS = Set.of("pin", "nothing", "in", "true", "false", "env", "secret");

    private DistributionText() {
    }

    /** The text of the distribution, or null when a name would need quoting (then use the serializer). */
    static String write(DistributionModel distribution) {
        if (distribution.getMappings().isEmpty()) return null;
        StringBuilder text = new StringBuilder();
        for (ServiceMapping mapping : distribution.getMappings()) {
            if (mapping.isPinned()) text.append("pin ");
            if (!name(text, mapping.getService() == null ? null : mapping.getService().getName())) return null;
            text.append(" => ");
            if (mapping.getTargets().isEmpty()) text.append("nothing");
            for (int i = 0; i < mapping.getTargets().size(); i++) {
                TargetMapping target = mapping.getTargets().get(i);
                if (i > 0) text.append(", ");
                if (!name(text, target.getTarget() == null ? null : target.getTarget().getName())) return null;
                if (target.getContainer() != null) {
                    text.append(" in ");
                    if (!name(text, target.getContainer())) return null;
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static boolean name(StringBuilder text, String name) {
        if (name == null || !PLAIN.matcher(name).matches()) return false;
        if (KEYWORDS.contains(name)) text.append('^');
        text.append(name);
        return true;
    }
}
