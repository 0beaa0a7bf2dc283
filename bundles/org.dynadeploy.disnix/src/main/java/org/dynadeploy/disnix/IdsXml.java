package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.support.ByteOrder;

/**
 * The dydisnix ids XML: {@code <ids><ids><resource name="R"><assignment name="svc">N</assignment>...}
 * plus optional {@code <lastAssignments>} and {@code <lastAssignmentsPerTarget>} (written only when
 * not empty). Output is byte-ordered; a resource is written even when it has no assignments.
 */
public final class IdsXml {

    private static final String KIND = "IDs";

    private IdsXml() {
    }

    public static IdsModel read(Path file) {
        return read(XmlDocuments.parse(file, KIND));
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public static IdsModel read(String content, String fileName) {
        return read(XmlDocuments.parse(content, fileName, KIND));
    }

    private static IdsModel read(XmlElement root) {
        XmlDocuments.expectRoot(root, "ids", KIND);
        root.expectChildren("ids", "lastAssignments", "lastAssignmentsPerTarget");
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        XmlElement ids = root.optionalChild("ids");
        if (ids != null) {
            ids.expectChildren("resource");
            Map<String, XmlElement> seen = new HashMap<>();
            for (XmlElement element : ids.children()) {
                String name = unique(element, seen, "resource");
                ResourceIds resource = ModelFactory.eINSTANCE.createResourceIds();
                resource.setResource(name);
                element.expectChildren("assignment");
                Map<String, XmlElement> services = new HashMap<>();
                for (XmlElement assignment : element.children()) {
                    IdAssignment id = ModelFactory.eINSTANCE.createIdAssignment();
                    id.setService(unique(assignment, services, "assignment for service"));
                    id.setValue(value(assignment, "the id of service '" + id.getService() + "' in resource '" + name + "'"));
                    resource.getAssignments().add(id);
                }
                model.getResources().add(resource);
            }
        }
        XmlElement last = root.optionalChild("lastAssignments");
        if (last != null) {
            readLast(last, model.getLastAssignments());
        }
        XmlElement perTarget = root.optionalChild("lastAssignmentsPerTarget");
        if (perTarget != null) {
            perTarget.expectChildren("target");
            Map<String, XmlElement> seen = new HashMap<>();
            for (XmlElement element : perTarget.children()) {
                TargetLastAssignments target = ModelFactory.eINSTANCE.createTargetLastAssignments();
                target.setTarget(unique(element, seen, "target"));
                readLast(element, target.getLastAssignments());
                model.getTargets().add(target);
            }
        }
        return model;
    }

    private static void readLast(XmlElement parent, List<LastAssignment> into) {
        parent.expectChildren("assignment");
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement element : parent.children()) {
            LastAssignment last = ModelFactory.eINSTANCE.createLastAssignment();
            last.setResource(unique(element, seen, "last assignment of resource"));
            last.setValue(value(element, "the last assignment of resource '" + last.getResource() + "'"));
            into.add(last);
        }
    }

    private static String unique(XmlElement element, Map<String, XmlElement> seen, String what) {
        String name = element.requireNonEmptyAttribute("name");
        XmlElement previous = seen.putIfAbsent(name, element);
        if (previous != null) {
            throw element.error(what + " '" + name + "' appears twice (first at line " + previous.line()
                    + "); keep only one");
        }
        return name;
    }

    private static long value(XmlElement element, String what) {
        element.expectTextOnly();
        String text = element.text().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw element.error(what + " is '" + XmlElement.abbreviate(text) + "', which is not an integer");
        }
    }

    public static String write(IdsModel model) {
        XmlNode root = new XmlNode("ids");
        XmlNode ids = root.child("ids");
        for (ResourceIds resource : sorted(model.getResources(), ResourceIds::getResource, "resource")) {
            XmlNode node = ids.child("resource").attribute("name", resource.getResource());
            for (IdAssignment assignment : sorted(resource.getAssignments(), IdAssignment::getService,
                    "service in resource '" + resource.getResource() + "'")) {
                node.child("assignment").attribute("name", assignment.getService())
                        .text(Long.toString(assignment.getValue()));
            }
        }
        if (!model.getLastAssignments().isEmpty()) {
            writeLast(root.child("lastAssignments"), model.getLastAssignments(), "last assignment");
        }
        if (!model.getTargets().isEmpty()) {
            XmlNode perTarget = root.child("lastAssignmentsPerTarget");
            for (TargetLastAssignments target : sorted(model.getTargets(), TargetLastAssignments::getTarget, "target")) {
                writeLast(perTarget.child("target").attribute("name", target.getTarget()), target.getLastAssignments(),
                        "last assignment of target '" + target.getTarget() + "'");
            }
        }
        return root.toDocument();
    }

    private static void writeLast(XmlNode parent, List<LastAssignment> lasts, String what) {
        for (LastAssignment last : sorted(lasts, LastAssignment::getResource, what)) {
            parent.child("assignment").attribute("name", last.getResource()).text(Long.toString(last.getValue()));
        }
    }

    /** A byte-ordered copy; refuses missing and duplicate keys (shared with the Nix writer). */
    static <T> List<T> sorted(List<T> items, Function<T, String> key, String what) {
        List<T> result = new ArrayList<>(items);
        for (T item : result) {
            if (key.apply(item) == null) {
                throw new DisnixFormatException("a " + what + " of the ids model has no name");
            }
        }
        result.sort((a, b) -> ByteOrder.compare(key.apply(a), key.apply(b)));
        for (int i = 1; i < result.size(); i++) {
            if (key.apply(result.get(i)).equals(key.apply(result.get(i - 1)))) {
                throw new DisnixFormatException(what + " '" + key.apply(result.get(i))
                        + "' appears twice in the ids model; keep only one");
            }
        }
        return result;
    }
}
