package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ByteOrder;

/**
 * The dydisnix distribution XML:
 * {@code <distribution><service name="s"><mapping><target>t</target>[<container>c</container>]</mapping></service>}.
 * Services and targets are resolved by name. A service the services model does not have is
 * skipped with a warning (as dydisnix does); an unknown target is an error.
 */
public final class DistributionXml {

    private static final String KIND = "distribution";

    private DistributionXml() {
    }

    /**
     * @param services the services by name (e.g. {@code ModelSet.servicesByName()})
     * @param targets  the targets by name (e.g. {@code ModelSet.targetsByName()})
     * @param warnings receives one line per skipped service ({@code file:line:column: warning: ...})
     */
    public static DistributionModel read(Path file, Map<String, Service> services, Map<String, Target> targets,
            List<String> warnings) {
        return read(XmlDocuments.parse(file, KIND), services, targets, warnings);
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public static DistributionModel read(String content, String fileName, Map<String, Service> services,
            Map<String, Target> targets, List<String> warnings) {
        return read(XmlDocuments.parse(content, fileName, KIND), services, targets, warnings);
    }

    private static DistributionModel read(XmlElement root, Map<String, Service> services, Map<String, Target> targets,
            List<String> warnings) {
        XmlDocuments.expectRoot(root, "distribution", KIND);
        root.expectChildren("service");
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement element : root.children()) {
            String name = element.requireNonEmptyAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, element);
            if (previous != null) {
                throw element.error("service '" + name + "' is mapped twice (first at line " + previous.line()
                        + "); merge its mappings into one <service> element");
            }
            Service service = services.get(name);
            if (service == null) {
                warnings.add(element.warning("service '" + name + "' is not in the services model; its mapping is ignored"));
                continue;
            }
            ServiceMapping mapping = readMapping(element, name, targets);
            mapping.setService(service);
            model.getMappings().add(mapping);
        }
        return model;
    }

    private static ServiceMapping readMapping(XmlElement element, String service, Map<String, Target> targets) {
        element.expectChildren("mapping", "target");
        ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
        String pinned = element.attribute("pinned");
        if (pinned != null) {
            if (!pinned.equals("true") && !pinned.equals("false")) {
                throw element.error("the pinned attribute of service '" + service + "' is '" + pinned
                        + "'; use \"true\" or \"false\"");
            }
            mapping.setPinned(pinned.equals("true"));
        }
        for (XmlElement child : element.children()) {
            TargetMapping targetMapping = ModelFactory.eINSTANCE.createTargetMapping();
            XmlElement targetElement;
            if (child.name().equals("target")) {
                targetElement = child;
            } else {
                child.expectChildren("target", "container");
                targetElement = child.optionalChild("target");
                if (targetElement == null) {
                    throw child.error("a <mapping> of service '" + service + "' has no <target>; add <target>name</target>");
                }
                XmlElement container = child.optionalChild("container");
                if (container != null) {
                    container.expectTextOnly();
                    targetMapping.setContainer(container.text());
                }
            }
            targetElement.expectTextOnly();
            String name = targetElement.text();
            Target target = targets.get(name);
            if (target == null) {
                throw targetElement.error("service '" + service + "' is mapped to unknown target '" + name
                        + "'; the infrastructure model has no such target");
            }
            targetMapping.setTarget(target);
            mapping.getTargets().add(targetMapping);
        }
        return mapping;
    }

    public static String write(DistributionModel model) {
        XmlNode root = new XmlNode("distribution");
        for (ServiceMapping mapping : sorted(model)) {
            String name = mapping.getService().getName();
            XmlNode service = root.child("service").attribute("name", name);
            if (mapping.isPinned()) {
                service.attribute("pinned", "true");
            }
            for (TargetMapping target : mapping.getTargets()) {
                XmlNode element = service.child("mapping");
                element.child("target").text(targetName(target, name));
                if (target.getContainer() != null) {
                    element.child("container").text(target.getContainer());
                }
            }
        }
        return root.toDocument();
    }

    /** The mappings in byte order of service name; refuses nameless and duplicate services. */
    static List<ServiceMapping> sorted(DistributionModel model) {
        List<ServiceMapping> mappings = new ArrayList<>(model.getMappings());
        for (ServiceMapping mapping : mappings) {
            if (mapping.getService() == null || mapping.getService().getName() == null) {
                throw new DisnixFormatException("a mapping of the distribution has no service (or a service without a name)");
            }
        }
        mappings.sort((a, b) -> ByteOrder.compare(a.getService().getName(), b.getService().getName()));
        for (int i = 1; i < mappings.size(); i++) {
            String name = mappings.get(i).getService().getName();
            if (name.equals(mappings.get(i - 1).getService().getName())) {
                throw new DisnixFormatException("service '" + name + "' is mapped twice in the distribution;"
                        + " merge its mappings into one");
            }
        }
        return mappings;
    }

    static String targetName(TargetMapping mapping, String service) {
        if (mapping.getTarget() == null || mapping.getTarget().getName() == null) {
            throw new DisnixFormatException("service '" + service + "' has a mapping without a target (or a target"
                    + " without a name)");
        }
        return mapping.getTarget().getName();
    }
}
