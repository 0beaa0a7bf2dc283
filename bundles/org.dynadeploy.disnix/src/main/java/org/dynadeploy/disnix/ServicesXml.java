package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Services;
import org.dynadeploy.model.support.Values;

/**
 * The dydisnix services XML ({@code <services><service name="..."><property .../>}).
 * {@code type}, {@code description}, {@code group}, {@code stateful} and the ids property (default
 * {@code requiresUniqueIdsFor}) map to dedicated attributes; {@code dependsOn}/{@code connectsTo}
 * to references; everything else to generic properties.
 */
public final class ServicesXml {

    public static final String DEFAULT_IDS_PROPERTY = "requiresUniqueIdsFor";

    private static final String KIND = "services";
    private static final String DEPENDS_ON = "dependsOn";
    private static final String CONNECTS_TO = "connectsTo";

    private final String idsProperty;

    /** Uses {@value #DEFAULT_IDS_PROPERTY} as the ids property. */
    public ServicesXml() {
        this(DEFAULT_IDS_PROPERTY);
    }

    /** Uses the named property for {@link Service#getRequiresIds()} on read and write. */
    public ServicesXml(String idsProperty) {
        if (idsProperty == null || idsProperty.isEmpty()) {
            throw new IllegalArgumentException("the ids property name must not be empty");
        }
        if (Set.of("name", "type", "description", "group", "stateful", DEPENDS_ON, CONNECTS_TO).contains(idsProperty)) {
            throw new IllegalArgumentException("'" + idsProperty + "' cannot be the ids property: the services XML"
                    + " uses it for something else");
        }
        this.idsProperty = idsProperty;
    }

    public String idsProperty() {
        return idsProperty;
    }

    public ServicesModel read(Path file) {
        return read(XmlDocuments.parse(file, KIND));
    }

    /** Parses a services XML file without building the model (no EMF involved): see {@link XmlDocument}. */
    public static XmlDocument parse(Path file) {
        return XmlDocument.parse(file, KIND);
    }

    /** The model of a parsed services XML file. */
    public ServicesModel read(XmlDocument document) {
        return read(document.root(KIND));
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public ServicesModel read(String content, String fileName) {
        return read(XmlDocuments.parse(content, fileName, KIND));
    }

    private record Dependency(Service from, String kind, String name, XmlElement element) {
    }

    private ServicesModel read(XmlElement root) {
        XmlDocuments.expectRoot(root, "services", KIND);
        root.expectChildren("service");
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Map<String, Service> services = new HashMap<>();
        Map<String, XmlElement> declared = new HashMap<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (XmlElement element : root.children()) {
            String name = element.requireNonEmptyAttribute("name");
            XmlElement previous = declared.putIfAbsent(name, element);
            if (previous != null) {
                throw element.error("service '" + name + "' is defined twice (first at line " + previous.line()
                        + "); service names must be unique");
            }
            Service service = ModelFactory.eINSTANCE.createService();
            service.setName(name);
            String group = readProperties(element, service, dependencies);
            GroupPaths.servicesListFor(model, group).add(service);
            services.put(name, service);
        }
        for (Dependency dependency : dependencies) {
            Service target = services.get(dependency.name());
            if (target == null) {
                throw dependency.element().error("service '" + dependency.from().getName() + "' has unknown service '"
                        + dependency.name() + "' in " + dependency.kind() + "; define a service named '"
                        + dependency.name() + "' or remove the dependency");
            }
            (dependency.kind().equals(DEPENDS_ON) ? dependency.from().getDependsOn() : dependency.from().getConnectsTo())
                    .add(target);
        }
        return model;
    }

    /** Reads the properties of one service and returns its group path. */
    private String readProperties(XmlElement element, Service service, List<Dependency> dependencies) {
        element.expectChildren(XmlValues.PROPERTY);
        Map<String, XmlElement> seen = new HashMap<>();
        String group = "";
        for (XmlElement property : element.children()) {
            String name = property.requireAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, property);
            if (previous != null) {
                throw property.error("property '" + name + "' of service '" + service.getName()
                        + "' is defined twice (first at line " + previous.line() + "); remove one of them");
            }
            String what = "property '" + name + "'";
            if (name.equals(DEPENDS_ON) || name.equals(CONNECTS_TO)) {
                property.expectChildren("dependency");
                for (XmlElement dependency : property.children()) {
                    dependency.expectTextOnly();
                    dependencies.add(new Dependency(service, name, dependency.text(), dependency));
                }
            } else if (name.equals("name")) {
                String value = XmlValues.readString(property, what);
                if (!value.equals(service.getName())) {
                    throw property.error("service '" + service.getName() + "' has the name property '" + value
                            + "'; the name property must equal the service's name attribute");
                }
            } else if (name.equals("type")) {
                service.setType(XmlValues.readString(property, what));
            } else if (name.equals("description")) {
                service.setDescription(XmlValues.readString(property, what));
            } else if (name.equals("group")) {
                group = XmlValues.readString(property, what);
                checkGroup(property, group);
            } else if (name.equals("stateful")) {
                Value value = XmlValues.read(property, what);
                if (!(value instanceof org.dynadeploy.model.BoolValue bool)) {
                    throw property.error(what + " must have type 'bool', not '" + Values.typeName(value) + "'");
                }
                service.setStateful(bool.isValue());
            } else if (name.equals(idsProperty)) {
                Value value = XmlValues.read(property, what);
                if (!(value instanceof ListValue list)
                        || !list.getElements().stream().allMatch(StringValue.class::isInstance)) {
                    throw property.error(what + " must be a list of resource names (type 'list' with"
                            + " <elem type=\"string\"> members)");
                }
                for (Value resource : list.getElements()) {
                    service.getRequiresIds().add(((StringValue) resource).getValue());
                }
            } else {
                service.getProperties().add(Values.property(name, XmlValues.read(property, what)));
            }
        }
        return group;
    }

    private static void checkGroup(XmlElement property, String group) {
        if (!group.isEmpty() && GroupPaths.segments(group).contains("")) {
            throw property.error("group '" + group + "' has an empty path segment; write group names separated by"
                    + " single '/' characters, e.g. 'frontend/web'");
        }
    }

    public String write(ServicesModel model) {
        List<Service> services = new ArrayList<>(Services.all(model));
        services.sort((a, b) -> ByteOrder.compare(nameOf(a), nameOf(b)));
        XmlNode root = new XmlNode("services");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Service service : services) {
            if (seen.put(service.getName(), Boolean.TRUE) != null) {
                throw new DisnixFormatException("service '" + service.getName()
                        + "' is defined more than once; service names must be unique");
            }
            root.add(write(service));
        }
        return root.toDocument();
    }

    private XmlNode write(Service service) {
        String owner = "service '" + service.getName() + "'";
        XmlNode node = new XmlNode("service").attribute("name", service.getName());
        writeDependencies(node, DEPENDS_ON, service.getDependsOn(), owner);
        writeDependencies(node, CONNECTS_TO, service.getConnectsTo(), owner);
        if (service.getType() != null) {
            node.add(XmlValues.write(XmlValues.PROPERTY, "type", Values.string(service.getType()), owner));
        }
        if (service.getDescription() != null) {
            node.add(XmlValues.write(XmlValues.PROPERTY, "description", Values.string(service.getDescription()), owner));
        }
        String group = GroupPaths.of(service);
        if (!group.isEmpty()) {
            node.add(XmlValues.write(XmlValues.PROPERTY, "group", Values.string(group), owner));
        }
        if (service.isStateful()) {
            node.add(XmlValues.write(XmlValues.PROPERTY, "stateful", Values.bool(true), owner));
        }
        if (!service.getRequiresIds().isEmpty()) {
            ListValue resources = ModelFactory.eINSTANCE.createListValue();
            for (String resource : service.getRequiresIds()) {
                resources.getElements().add(Values.string(resource));
            }
            node.add(XmlValues.write(XmlValues.PROPERTY, idsProperty, resources, owner));
        }
        Set<String> reserved = Set.of("name", "type", "description", "group", "stateful", DEPENDS_ON, CONNECTS_TO,
                idsProperty);
        service.getProperties().forEach(property -> {
            if (reserved.contains(property.getName())) {
                throw new DisnixFormatException(owner + " has a generic property named '" + property.getName()
                        + "', which the services XML reserves; rename the property");
            }
        });
        XmlValues.writeProperties(node, service.getProperties(), owner);
        return node;
    }

    private static void writeDependencies(XmlNode node, String kind, List<Service> targets, String owner) {
        XmlNode property = node.child(XmlValues.PROPERTY).attribute("name", kind);
        for (Service target : targets) {
            if (target.getName() == null) {
                throw new DisnixFormatException(owner + " has a " + kind + " reference to a service without a name");
            }
            property.child("dependency").text(target.getName());
        }
    }

    private static String nameOf(Service service) {
        if (service.getName() == null) {
            throw new DisnixFormatException("a service has no name; every service needs one");
        }
        return service.getName();
    }
}
