package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.support.ByteOrder;

/**
 * The dydisnix id resources XML:
 * {@code <resources><resource name="ports"><min>3000</min><max>4000</max><scope>global</scope>[<step>N</step>]</resource></resources>}.
 * Scope defaults to global (absent or empty); step defaults to 1 (absent or 0).
 */
public final class IdResourcesXml {

    private static final String KIND = "ID resources";

    private IdResourcesXml() {
    }

    public static IdResourcesModel read(Path file) {
        return read(XmlDocuments.parse(file, KIND));
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public static IdResourcesModel read(String content, String fileName) {
        return read(XmlDocuments.parse(content, fileName, KIND));
    }

    private static IdResourcesModel read(XmlElement root) {
        XmlDocuments.expectRoot(root, "resources", KIND);
        root.expectChildren("resource");
        IdResourcesModel model = ModelFactory.eINSTANCE.createIdResourcesModel();
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement element : root.children()) {
            String name = element.requireNonEmptyAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, element);
            if (previous != null) {
                throw element.error("resource '" + name + "' is defined twice (first at line " + previous.line()
                        + "); resource names must be unique");
            }
            model.getResources().add(readResource(element, name));
        }
        return model;
    }

    private static IdResource readResource(XmlElement element, String name) {
        element.expectChildren("min", "max", "scope", "step");
        IdResource resource = ModelFactory.eINSTANCE.createIdResource();
        resource.setName(name);
        resource.setMin(requiredInt(element, "min", name));
        resource.setMax(requiredInt(element, "max", name));
        if (resource.getMin() > resource.getMax()) {
            throw element.error("resource '" + name + "' has min " + resource.getMin() + " greater than max "
                    + resource.getMax() + "; swap them");
        }
        XmlElement scope = element.optionalChild("scope");
        if (scope != null) {
            scope.expectTextOnly();
            resource.setScope(scope(scope, name, scope.text().strip()));
        } else {
            resource.setScope(Scope.GLOBAL);
        }
        XmlElement step = element.optionalChild("step");
        long value = 1;
        if (step != null) {
            step.expectTextOnly();
            value = XmlValues.parseInt(step, "step of resource '" + name + "'", step.text().strip());
            if (value < 0) {
                throw step.error("step of resource '" + name + "' is " + value + "; it must be positive (or 0 for 1)");
            }
        }
        resource.setStep(value == 0 ? 1 : value);
        return resource;
    }

    private static long requiredInt(XmlElement element, String child, String resource) {
        XmlElement found = element.optionalChild(child);
        if (found == null) {
            throw element.error("resource '" + resource + "' has no <" + child + ">; add <" + child + ">N</" + child + ">");
        }
        found.expectTextOnly();
        return XmlValues.parseInt(found, child + " of resource '" + resource + "'", found.text().strip());
    }

    private static Scope scope(XmlElement element, String resource, String text) {
        return switch (text) {
            case "", "global" -> Scope.GLOBAL;
            case "machine" -> Scope.MACHINE;
            default -> throw element.error("resource '" + resource + "' has unknown scope '" + text
                    + "'; use 'global' or 'machine'");
        };
    }

    public static String write(IdResourcesModel model) {
        List<IdResource> resources = new ArrayList<>(model.getResources());
        for (IdResource resource : resources) {
            if (resource.getName() == null) {
                throw new DisnixFormatException("an id resource has no name; every resource needs one");
            }
        }
        resources.sort((a, b) -> ByteOrder.compare(a.getName(), b.getName()));
        XmlNode root = new XmlNode("resources");
        String previous = null;
        for (IdResource resource : resources) {
            if (resource.getName().equals(previous)) {
                throw new DisnixFormatException("id resource '" + previous + "' is defined more than once");
            }
            previous = resource.getName();
            XmlNode node = root.child("resource").attribute("name", resource.getName());
            node.child("min").text(Long.toString(resource.getMin()));
            node.child("max").text(Long.toString(resource.getMax()));
            node.child("scope").text((resource.getScope() == null ? Scope.GLOBAL : resource.getScope()).getLiteral());
            if (resource.getStep() != 1 && resource.getStep() != 0) {
                node.child("step").text(Long.toString(resource.getStep()));
            }
        }
        return root.toDocument();
    }
}
