package org.dynadeploy.lang.ide.hover;

import java.util.stream.Collectors;

import org.dynadeploy.lang.ide.text.SourceOf;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Target;

/** A target machine: system, cores, containers, properties, and what the distributions put on it. */
final class TargetHover {

    private TargetHover() {
    }

    static String of(Target target) {
        Markdown text = new Markdown().title("target", target.getName(), null);
        text.line("system", target.getSystem() == null ? "" : Markdown.code(target.getSystem()));
        text.line("cores", target.getNumOfCores() == null ? "" : String.valueOf(target.getNumOfCores()));
        text.codes("containers", target.getContainers().stream().map(Container::getName).toList());
        for (Property property : target.getProperties()) {
            text.line(property.getName(), Markdown.code(SourceOf.element(property.getValue())));
        }
        text.line("runs", DeploymentFacts.visibleFrom(target).placementsOn(target.getName()).stream()
                .map(p -> Markdown.code(p.service())).distinct().collect(Collectors.joining(", ")));
        return text.toString();
    }
}
