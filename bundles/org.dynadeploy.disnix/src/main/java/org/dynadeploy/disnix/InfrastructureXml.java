package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.Container;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.ByteOrder;

/**
 * The Disnix infrastructure XML, version 2 ({@code <infrastructure version="2"><target name="...">}).
 * Augmentation rules are not part of this format and are not written.
 */
public final class InfrastructureXml {

    private static final String KIND = "infrastructure";
    private static final String VERSION = "2";

    private InfrastructureXml() {
    }

    public static InfrastructureModel read(Path file) {
        return read(XmlDocuments.parse(file, KIND));
    }

    /** Parses an infrastructure XML file without building the model (no EMF involved): see {@link XmlDocument}. */
    public static XmlDocument parse(Path file) {
        return XmlDocument.parse(file, KIND);
    }

    /** The model of a parsed infrastructure XML file. */
    public static InfrastructureModel read(XmlDocument document) {
        return read(document.root(KIND));
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public static InfrastructureModel read(String content, String fileName) {
        return read(XmlDocuments.parse(content, fileName, KIND));
    }

    private static InfrastructureModel read(XmlElement root) {
        XmlDocuments.expectRoot(root, "infrastructure", KIND);
        String version = root.attribute("version");
        if (version != null && !version.equals(VERSION)) {
            throw root.error("infrastructure XML version '" + version + "' is not supported; only version=\"2\""
                    + " (Disnix 0.10 and later) is");
        }
        root.expectChildren("target");
        InfrastructureModel model = ModelFactory.eINSTANCE.createInfrastructureModel();
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement element : root.children()) {
            String name = element.requireNonEmptyAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, element);
            if (previous != null) {
                throw element.error("target '" + name + "' is defined twice (first at line " + previous.line()
                        + "); target names must be unique");
            }
            model.getTargets().add(readTarget(element, name));
        }
        return model;
    }

    private static Target readTarget(XmlElement element, String name) {
        element.expectChildren("properties", "containers", "system", "numOfCores", "clientInterface", "targetProperty");
        Target target = ModelFactory.eINSTANCE.createTarget();
        target.setName(name);
        XmlElement properties = element.optionalChild("properties");
        if (properties != null) {
            expectAttrsType(properties);
            XmlValues.readProperties(properties, null, target.getProperties());
        }
        XmlElement containers = element.optionalChild("containers");
        if (containers != null) {
            readContainers(containers, target);
        }
        target.setSystem(text(element.optionalChild("system")));
        XmlElement cores = element.optionalChild("numOfCores");
        if (cores != null) {
            cores.expectTextOnly();
            long value = XmlValues.parseInt(cores, "numOfCores of target '" + name + "'", cores.text().strip());
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw cores.error("numOfCores of target '" + name + "' is " + value + "; it must be a positive integer");
            }
            target.setNumOfCores((int) value);
        }
        target.setClientInterface(text(element.optionalChild("clientInterface")));
        target.setTargetProperty(text(element.optionalChild("targetProperty")));
        return target;
    }

    private static void readContainers(XmlElement containers, Target target) {
        containers.expectChildren("container");
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement element : containers.children()) {
            String name = element.requireNonEmptyAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, element);
            if (previous != null) {
                throw element.error("container '" + name + "' of target '" + target.getName()
                        + "' is defined twice (first at line " + previous.line() + "); keep only one");
            }
            expectAttrsType(element);
            Container container = ModelFactory.eINSTANCE.createContainer();
            container.setName(name);
            XmlValues.readProperties(element, "container '" + name + "'", container.getProperties());
            target.getContainers().add(container);
        }
    }

    private static void expectAttrsType(XmlElement element) {
        String type = element.attribute("type");
        if (type != null && !type.equals("attrs")) {
            throw element.error("<" + element.name() + "> has type '" + type + "', but it must be an attribute set"
                    + " (type=\"attrs\")");
        }
    }

    private static String text(XmlElement element) {
        if (element == null) return null;
        element.expectTextOnly();
        return element.text();
    }

    public static String write(InfrastructureModel model) {
        List<Target> targets = new ArrayList<>(model.getTargets());
        for (Target target : targets) {
            if (target.getName() == null) {
                throw new DisnixFormatException("a target has no name; every target needs one");
            }
        }
        targets.sort((a, b) -> ByteOrder.compare(a.getName(), b.getName()));
        XmlNode root = new XmlNode("infrastructure").attribute("version", VERSION);
        String previous = null;
        for (Target target : targets) {
            if (target.getName().equals(previous)) {
                throw new DisnixFormatException("target '" + previous + "' is defined more than once; target names"
                        + " must be unique");
            }
            previous = target.getName();
            root.add(write(target));
        }
        return root.toDocument();
    }

    private static XmlNode write(Target target) {
        String owner = "target '" + target.getName() + "'";
        XmlNode node = new XmlNode("target").attribute("name", target.getName());
        XmlValues.writeProperties(node.child("properties").attribute("type", "attrs"), target.getProperties(), owner);
        if (!target.getContainers().isEmpty()) {
            XmlNode containers = node.child("containers");
            Map<String, Boolean> seen = new HashMap<>();
            for (Container container : target.getContainers()) {
                if (container.getName() == null || seen.put(container.getName(), Boolean.TRUE) != null) {
                    throw new DisnixFormatException(owner + " has a container without a name or two containers named '"
                            + container.getName() + "'");
                }
                XmlNode element = containers.child("container").attribute("name", container.getName())
                        .attribute("type", "attrs");
                XmlValues.writeProperties(element, container.getProperties(),
                        "container '" + container.getName() + "' of " + owner);
            }
        }
        if (target.getSystem() != null) node.child("system").text(target.getSystem());
        if (target.getNumOfCores() != null) node.child("numOfCores").text(target.getNumOfCores().toString());
        if (target.getClientInterface() != null) node.child("clientInterface").text(target.getClientInterface());
        if (target.getTargetProperty() != null) node.child("targetProperty").text(target.getTargetProperty());
        return node;
    }
}
