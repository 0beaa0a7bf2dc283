package org.dynadeploy.cli;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;

/**
 * Prints the benchmark's synthetic models (docs' {@code SyntheticModels}) in our languages. The
 * Xtext serializer would do it for any model, but it resolves every reference through the
 * global scope and took over two minutes of CPU for 10,000 services; these models use a small,
 * fixed part of the languages (groups, services with dependencies and int/string properties,
 * targets with containers, one target per service), which is printed here directly. Anything
 * else is refused rather than printed wrongly. The process tests validate what this writes.
 */
final class SyntheticText {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Keywords of the services, infrastructure and distribution languages: such names are quoted. */
    private static final Set<String> KEYWORDS = Set.of("service", "group", "description", "stateful", "dependsOn",
            "connectsTo", "ids", "docs", "fields", "header", "title", "target", "system", "cores", "clientInterface",
            "targetProperty", "container", "augment", "all", "targets", "with", "where", "pin", "nothing", "in", "true",
            "false", "env", "secret");

    private final StringBuilder out = new StringBuilder();

    private SyntheticText() {
    }

    static String services(ServicesModel model) {
        SyntheticText text = new SyntheticText();
        model.getGroups().forEach(group -> text.group(group, ""));
        model.getServices().forEach(service -> text.service(service, ""));
        return text.out.toString();
    }

    static String infrastructure(InfrastructureModel model) {
        SyntheticText text = new SyntheticText();
        for (Target target : model.getTargets()) {
            text.line("", "target " + name(target.getName()) + " {");
            if (target.getSystem() != null) text.line("    ", "system " + string(target.getSystem()));
            if (target.getNumOfCores() != null) text.line("    ", "cores " + target.getNumOfCores());
            target.getProperties().forEach(property -> text.property(property, "    "));
            for (Container container : target.getContainers()) {
                if (!container.getProperties().isEmpty()) unsupported("container properties");
                text.line("    ", "container " + name(container.getName()));
            }
            text.line("", "}");
        }
        return text.out.toString();
    }

    static String distribution(DistributionModel model) {
        SyntheticText text = new SyntheticText();
        for (ServiceMapping mapping : model.getMappings()) {
            List<String> targets = mapping.getTargets().stream().map(SyntheticText::targetMapping).toList();
            text.line("", (mapping.isPinned() ? "pin " : "") + name(mapping.getService().getName()) + " => "
                    + (targets.isEmpty() ? "nothing" : String.join(", ", targets)));
        }
        return text.out.toString();
    }

    private void group(Group group, String indent) {
        line(indent, "group " + name(group.getName()) + (group.getTitle() == null ? "" : " " + string(group.getTitle())) + " {");
        if (group.getDescription() != null) line(indent + "    ", "description " + string(group.getDescription()));
        group.getGroups().forEach(child -> group(child, indent + "    "));
        group.getServices().forEach(service -> service(service, indent + "    "));
        line(indent, "}");
    }

    private void service(Service service, String indent) {
        String inner = indent + "    ";
        line(indent, "service " + name(service.getName()) + (service.getType() == null ? "" : ": " + name(service.getType())) + " {");
        if (service.getDescription() != null) line(inner, "description " + string(service.getDescription()));
        if (service.isStateful()) line(inner, "stateful");
        if (!service.getDependsOn().isEmpty()) line(inner, "dependsOn " + names(service.getDependsOn()));
        if (!service.getConnectsTo().isEmpty()) line(inner, "connectsTo " + names(service.getConnectsTo()));
        if (!service.getRequiresIds().isEmpty()) {
            line(inner, "ids " + service.getRequiresIds().stream().map(SyntheticText::name).collect(Collectors.joining(", ")));
        }
        service.getProperties().forEach(property -> property(property, inner));
        line(indent, "}");
    }

    private void property(Property property, String indent) {
        String value;
        if (property.getValue() instanceof IntValue number) value = Long.toString(number.getValue());
        else if (property.getValue() instanceof StringValue text) value = string(text.getValue());
        else throw unsupported("property values other than integers and strings");
        line(indent, name(property.getName()) + " = " + value);
    }

    private static String targetMapping(TargetMapping mapping) {
        return name(mapping.getTarget().getName()) + (mapping.getContainer() == null ? "" : " in " + name(mapping.getContainer()));
    }

    private static String names(List<Service> services) {
        return services.stream().map(s -> name(s.getName())).collect(Collectors.joining(", "));
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }

    /** A name as the languages read it: plain when it is an identifier and no keyword, else quoted. */
    static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() && !KEYWORDS.contains(name) ? name : string(name);
    }

    static String string(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static IllegalStateException unsupported(String what) {
        throw new IllegalStateException("the synthetic model writer does not print " + what);
    }
}
