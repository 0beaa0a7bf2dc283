package org.dynadeploy.docs.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.layer.LayerNode;
import org.dynadeploy.docs.layer.ServiceGraph;
import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Properties;

/**
 * What a diagram node says. A service: its name, the container(s) it provides (dydisnix
 * providesContainer/providesContainers, shown with a double border) and "(type)". A group
 * node: its name (or its full path when two group nodes of the layer share a name) and how
 * many services it holds.
 */
public final class NodeLabels {

    /** One line of a node label. */
    public record Line(String text, float size, boolean emphasis) {
    }

    private NodeLabels() {
    }

    public static List<Line> of(LayerNode node, ServiceGraph graph, GroupTree groups, DiagramStyle style,
            boolean ambiguousName) {
        List<Line> lines = new ArrayList<>();
        if (node.isGroup()) {
            lines.add(new Line(style.clip(ambiguousName ? node.path() : node.name()), style.nameSize(), true));
            int count = groups.contains(node.path()) ? groups.get(node.path()).totalServices() : 0;
            lines.add(new Line(count == 1 ? "1 service" : count + " services", style.detailSize(), false));
            return lines;
        }
        Service service = graph.service(node.name());
        lines.add(new Line(style.clip(node.name()), style.nameSize(), true));
        providedContainers(service).ifPresent(c -> lines.add(new Line(style.clip("\u2192 " + c), style.detailSize(), false)));
        if (service.getType() != null && !service.getType().isEmpty()) {
            lines.add(new Line(style.clip("(" + service.getType() + ")"), style.detailSize(), false));
        }
        return lines;
    }

    /** The containers a service provides, comma-separated, if it provides any. */
    public static Optional<String> providedContainers(Service service) {
        Optional<Value> single = Properties.get(service.getProperties(), "providesContainer");
        if (single.isPresent() && single.get() instanceof StringValue s && s.getValue() != null && !s.getValue().isEmpty()) {
            return Optional.of(s.getValue());
        }
        Optional<Value> several = Properties.get(service.getProperties(), "providesContainers");
        if (several.isPresent()) {
            List<String> names = new ArrayList<>();
            if (several.get() instanceof AttrsValue attrs) {
                for (Property p : attrs.getProperties()) names.add(p.getName());
            } else if (several.get() instanceof ListValue list) {
                for (Value v : list.getElements()) names.add(ValueText.of(v));
            }
            names.sort(org.dynadeploy.model.support.ByteOrder.COMPARATOR);
            if (!names.isEmpty()) {
                return Optional.of(String.join(", ", names));
            }
        }
        return Optional.empty();
    }
}
