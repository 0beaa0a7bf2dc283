package org.dynadeploy.disnix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.FieldHeader;
import org.dynadeploy.model.GroupTitle;
import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;

/**
 * Builds models from the Nix XML of evaluated Nix models (see {@link NixXmlValues}); used by
 * {@link NixImporter}, and usable on its own with XML produced elsewhere.
 */
public final class NixXmlModels {

    /** The property that identifies a target when the target sets no targetProperty. */
    public static final String DEFAULT_TARGET_PROPERTY = "hostname";

    private NixXmlModels() {
    }

    // ----- infrastructure -----

    /**
     * An infrastructure model ({@code { t = { properties = {...}; containers = {...}; system = ...;
     * numOfCores = N; clientInterface = ...; targetProperty = ...; }; }}). A target without a
     * {@code properties} attribute is read in the old flat form: its other attributes are its properties.
     */
    public static InfrastructureModel infrastructure(String nixXml, String source) {
        Reader reader = new Reader(NixXmlValues.read(nixXml, source));
        InfrastructureModel model = ModelFactory.eINSTANCE.createInfrastructureModel();
        AttrsValue root = reader.attrs(reader.document.root(), "the infrastructure model");
        for (Property entry : snapshot(root)) {
            model.getTargets().add(reader.target(entry.getName(), entry.getValue()));
        }
        return model;
    }

    // ----- id resources -----

    /** An id resources model ({@code { ports = { min = 3000; max = 4000; scope = "global"; step = 1; }; }}). */
    public static IdResourcesModel idResources(String nixXml, String source) {
        Reader reader = new Reader(NixXmlValues.read(nixXml, source));
        IdResourcesModel model = ModelFactory.eINSTANCE.createIdResourcesModel();
        AttrsValue root = reader.attrs(reader.document.root(), "the id resources model");
        for (Property entry : root.getProperties()) {
            model.getResources().add(reader.idResource(entry.getName(), entry.getValue()));
        }
        return model;
    }

    // ----- ids -----

    /** An ids model ({@code { ids = { R = { svc = N; }; }; lastAssignments = {...}; lastAssignmentsPerTarget = {...}; }}). */
    public static IdsModel ids(String nixXml, String source) {
        Reader reader = new Reader(NixXmlValues.read(nixXml, source));
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        AttrsValue root = reader.attrs(reader.document.root(), "the ids model");
        for (Property entry : root.getProperties()) {
            Value value = entry.getValue();
            switch (entry.getName()) {
                case "ids" -> {
                    for (Property resource : reader.attrs(value, "ids").getProperties()) {
                        ResourceIds table = ModelFactory.eINSTANCE.createResourceIds();
                        table.setResource(resource.getName());
                        for (Property id : reader.attrs(resource.getValue(), "ids." + resource.getName()).getProperties()) {
                            IdAssignment assignment = ModelFactory.eINSTANCE.createIdAssignment();
                            assignment.setService(id.getName());
                            assignment.setValue(reader.integer(id.getValue(), "ids." + resource.getName() + "." + id.getName()));
                            table.getAssignments().add(assignment);
                        }
                        model.getResources().add(table);
                    }
                }
                case "lastAssignments" -> reader.lastAssignments(value, "lastAssignments", model.getLastAssignments());
                case "lastAssignmentsPerTarget" -> {
                    for (Property target : reader.attrs(value, "lastAssignmentsPerTarget").getProperties()) {
                        TargetLastAssignments assignments = ModelFactory.eINSTANCE.createTargetLastAssignments();
                        assignments.setTarget(target.getName());
                        reader.lastAssignments(target.getValue(), "lastAssignmentsPerTarget." + target.getName(),
                                assignments.getLastAssignments());
                        model.getTargets().add(assignments);
                    }
                }
                default -> throw reader.unknown(value, "the ids model", entry.getName(),
                        "ids, lastAssignments, lastAssignmentsPerTarget");
            }
        }
        return model;
    }

    // ----- docs config -----

    /** A docs configuration ({@code { groups = { "a/b" = "Title"; }; fields = [ "type" ]; descriptions = { type = "Type"; }; }}). */
    public static DocsConfig docsConfig(String nixXml, String source) {
        Reader reader = new Reader(NixXmlValues.read(nixXml, source));
        DocsConfig config = ModelFactory.eINSTANCE.createDocsConfig();
        AttrsValue root = reader.attrs(reader.document.root(), "the docs config");
        for (Property entry : root.getProperties()) {
            Value value = entry.getValue();
            switch (entry.getName()) {
                case "groups" -> {
                    for (Property group : reader.attrs(value, "groups").getProperties()) {
                        GroupTitle title = ModelFactory.eINSTANCE.createGroupTitle();
                        title.setGroup(group.getName());
                        title.setTitle(reader.string(group.getValue(), "the title of group '" + group.getName() + "'"));
                        config.getGroupTitles().add(title);
                    }
                }
                case "fields" -> {
                    if (!(value instanceof ListValue list)) {
                        throw reader.document.error(value, "fields must be a list of property names, not a "
                                + Values.typeName(value));
                    }
                    for (Value field : list.getElements()) {
                        config.getFields().add(reader.string(field, "a member of fields"));
                    }
                }
                case "descriptions" -> {
                    for (Property description : reader.attrs(value, "descriptions").getProperties()) {
                        FieldHeader header = ModelFactory.eINSTANCE.createFieldHeader();
                        header.setField(description.getName());
                        header.setHeader(reader.string(description.getValue(),
                                "the description of field '" + description.getName() + "'"));
                        config.getHeaders().add(header);
                    }
                }
                default -> throw reader.unknown(value, "the docs config", entry.getName(), "groups, fields, descriptions");
            }
        }
        return config;
    }

    // ----- distribution -----

    /** {@link #distribution(String, String, Map, Map, String, List)} with the default target property. */
    public static DistributionModel distribution(String nixXml, String source, Map<String, Service> services,
            Map<String, Target> targets, List<String> warnings) {
        return distribution(nixXml, source, services, targets, DEFAULT_TARGET_PROPERTY, warnings);
    }

    /**
     * A Disnix distribution evaluated with its infrastructure ({@code { svc = [ <target attrs> ... ]; }}
     * or {@code { svc = { targets = [ { target = <target attrs>; container = "c"; } ]; }; }}; plain target
     * names are accepted too). A target attribute set is resolved by its identifier
     * {@code properties.<targetProperty>} (its own targetProperty, else {@code defaultTargetProperty})
     * among {@code targets}; the first target in byte order with that identifier wins. Services not
     * in {@code services} are skipped with a warning.
     */
    public static DistributionModel distribution(String nixXml, String source, Map<String, Service> services,
            Map<String, Target> targets, String defaultTargetProperty, List<String> warnings) {
        Reader reader = new Reader(NixXmlValues.read(nixXml, source));
        TargetResolver resolver = new TargetResolver(reader, targets, defaultTargetProperty);
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        AttrsValue root = reader.attrs(reader.document.root(), "the distribution");
        for (Property entry : root.getProperties()) {
            String name = entry.getName();
            Service service = services.get(name);
            if (service == null) {
                warnings.add(reader.document.warning(entry.getValue(),
                        "service '" + name + "' is not in the services model; its mapping is ignored"));
                continue;
            }
            ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
            mapping.setService(service);
            Value value = entry.getValue();
            if (value instanceof ListValue list) {
                for (Value element : list.getElements()) {
                    mapping.getTargets().add(resolver.mapping(element, null, name));
                }
            } else if (value instanceof AttrsValue attrs && Properties.get(attrs.getProperties(), "targets").isPresent()) {
                for (Property attribute : attrs.getProperties()) {
                    if (!attribute.getName().equals("targets")) {
                        throw reader.unknown(attribute.getValue(), "the mapping of service '" + name + "'",
                                attribute.getName(), "targets");
                    }
                }
                Value targetsValue = Properties.get(attrs.getProperties(), "targets").get();
                if (!(targetsValue instanceof ListValue list)) {
                    throw reader.document.error(targetsValue, "targets of service '" + name + "' must be a list, not a "
                            + Values.typeName(targetsValue));
                }
                for (Value element : list.getElements()) {
                    mapping.getTargets().add(extendedMapping(reader, resolver, element, name));
                }
            } else {
                throw reader.document.error(value, "targets has the wrong type: service '" + name + "' is mapped to a "
                        + Values.typeName(value) + "; write a list of targets [ infrastructure.t1 ... ] or"
                        + " { targets = [ { target = infrastructure.t1; container = \"c\"; } ]; }");
            }
            model.getMappings().add(mapping);
        }
        return model;
    }

    private static TargetMapping extendedMapping(Reader reader, TargetResolver resolver, Value element, String service) {
        if (element instanceof AttrsValue attrs && Properties.get(attrs.getProperties(), "target").isPresent()) {
            String container = null;
            for (Property attribute : attrs.getProperties()) {
                switch (attribute.getName()) {
                    case "target" -> {
                    }
                    case "container" -> container = reader.string(attribute.getValue(),
                            "the container of a mapping of service '" + service + "'");
                    default -> throw reader.unknown(attribute.getValue(), "a mapping of service '" + service + "'",
                            attribute.getName(), "target, container");
                }
            }
            return resolver.mapping(Properties.get(attrs.getProperties(), "target").get(), container, service);
        }
        return resolver.mapping(element, null, service);
    }

    /** Finds the target a distribution refers to. */
    private static final class TargetResolver {
        private record Identified(Value identifier, Target target) {
        }

        private final Reader reader;
        private final Map<String, Target> targets;
        private final String defaultProperty;
        private final List<Identified> identified = new ArrayList<>();

        TargetResolver(Reader reader, Map<String, Target> targets, String defaultProperty) {
            this.reader = reader;
            this.targets = targets;
            this.defaultProperty = defaultProperty;
            List<String> names = new ArrayList<>(targets.keySet());
            names.sort(ByteOrder.COMPARATOR);
            for (String name : names) {
                Target target = targets.get(name);
                String property = nonEmpty(target.getTargetProperty()) ? target.getTargetProperty() : defaultProperty;
                Properties.get(target.getProperties(), property).ifPresent(id -> identified.add(new Identified(id, target)));
            }
        }

        TargetMapping mapping(Value reference, String container, String service) {
            TargetMapping mapping = ModelFactory.eINSTANCE.createTargetMapping();
            mapping.setTarget(resolve(reference, service));
            mapping.setContainer(container);
            return mapping;
        }

        private Target resolve(Value reference, String service) {
            if (reference instanceof StringValue name) {
                Target target = targets.get(name.getValue());
                if (target == null) {
                    throw reader.document.error(reference, "service '" + service + "' is mapped to unknown target '"
                            + name.getValue() + "'; the infrastructure model has no such target");
                }
                return target;
            }
            if (!(reference instanceof AttrsValue attrs)) {
                throw reader.document.error(reference, "service '" + service + "' is mapped to a "
                        + Values.typeName(reference) + "; a target must be a target of the infrastructure"
                        + " (infrastructure.<name>)");
            }
            String property = Properties.get(attrs.getProperties(), "targetProperty")
                    .filter(StringValue.class::isInstance).map(v -> ((StringValue) v).getValue())
                    .filter(NixXmlModels::nonEmpty).orElse(defaultProperty);
            Optional<Value> properties = Properties.get(attrs.getProperties(), "properties");
            Optional<Value> identifier = properties.filter(AttrsValue.class::isInstance)
                    .flatMap(p -> Properties.get(((AttrsValue) p).getProperties(), property));
            if (identifier.isEmpty()) {
                throw reader.document.error(reference, "service '" + service + "' is mapped to a target without"
                        + " properties." + property + ", so it cannot be identified; map it to a target of the"
                        + " infrastructure model (infrastructure.<name>)");
            }
            for (Identified candidate : identified) {
                if (Values.nixEquals(candidate.identifier(), identifier.get())) {
                    return candidate.target();
                }
            }
            throw reader.document.error(reference, "service '" + service + "' is mapped to the target with "
                    + property + " " + show(identifier.get()) + ", which no target of the infrastructure model has");
        }

        private static String show(Value value) {
            if (value instanceof StringValue s) return "'" + s.getValue() + "'";
            if (value instanceof IntValue i) return Long.toString(i.getValue());
            return "(" + Values.typeName(value) + ")";
        }
    }

    private static boolean nonEmpty(String value) {
        return value != null && !value.isEmpty();
    }

    /** The properties of an attribute set, copied so they can be moved into a model. */
    private static List<Property> snapshot(AttrsValue attrs) {
        return new ArrayList<>(attrs.getProperties());
    }

    /** Typed access to values with positioned errors. */
    private static final class Reader {
        final NixXmlValues.Document document;

        Reader(NixXmlValues.Document document) {
            this.document = document;
        }

        AttrsValue attrs(Value value, String what) {
            if (value instanceof AttrsValue attrs) return attrs;
            throw document.error(value, what + " must be an attribute set, not a " + Values.typeName(value));
        }

        String string(Value value, String what) {
            if (value instanceof StringValue string) return string.getValue();
            throw document.error(value, what + " must be a string, not a " + Values.typeName(value));
        }

        long integer(Value value, String what) {
            if (value instanceof IntValue integer) return integer.getValue();
            throw document.error(value, what + " must be an integer, not a " + Values.typeName(value));
        }

        DisnixFormatException unknown(Value at, String owner, String name, String known) {
            return document.error(at, owner + " has the unknown attribute '" + name + "'; the known ones are " + known);
        }

        void lastAssignments(Value value, String what, List<LastAssignment> into) {
            for (Property entry : attrs(value, what).getProperties()) {
                LastAssignment last = ModelFactory.eINSTANCE.createLastAssignment();
                last.setResource(entry.getName());
                last.setValue(integer(entry.getValue(), what + "." + entry.getName()));
                into.add(last);
            }
        }

        Target target(String name, Value value) {
            String what = "target '" + name + "'";
            AttrsValue attrs = attrs(value, what);
            Target target = ModelFactory.eINSTANCE.createTarget();
            target.setName(name);
            boolean flat = Properties.get(attrs.getProperties(), "properties").isEmpty();
            for (Property entry : snapshot(attrs)) {
                Value v = entry.getValue();
                switch (entry.getName()) {
                    case "properties" -> target.getProperties().addAll(snapshot(attrs(v, "properties of " + what)));
                    case "containers" -> {
                        for (Property c : snapshot(attrs(v, "containers of " + what))) {
                            Container container = ModelFactory.eINSTANCE.createContainer();
                            container.setName(c.getName());
                            container.getProperties().addAll(snapshot(attrs(c.getValue(),
                                    "container '" + c.getName() + "' of " + what)));
                            target.getContainers().add(container);
                        }
                    }
                    case "system" -> target.setSystem(string(v, "system of " + what));
                    case "numOfCores" -> {
                        long cores = integer(v, "numOfCores of " + what);
                        if (cores < 1 || cores > Integer.MAX_VALUE) {
                            throw document.error(v, "numOfCores of " + what + " is " + cores
                                    + "; it must be a positive integer");
                        }
                        target.setNumOfCores((int) cores);
                    }
                    case "clientInterface" -> target.setClientInterface(string(v, "clientInterface of " + what));
                    case "targetProperty" -> target.setTargetProperty(string(v, "targetProperty of " + what));
                    default -> {
                        if (!flat) {
                            throw document.error(v, what + " has the attribute '" + entry.getName() + "', which Disnix"
                                    + " does not know; move it into properties");
                        }
                        target.getProperties().add(entry);
                    }
                }
            }
            return target;
        }

        IdResource idResource(String name, Value value) {
            String what = "resource '" + name + "'";
            AttrsValue attrs = attrs(value, what);
            IdResource resource = ModelFactory.eINSTANCE.createIdResource();
            resource.setName(name);
            resource.setScope(Scope.GLOBAL);
            boolean min = false;
            boolean max = false;
            for (Property entry : attrs.getProperties()) {
                Value v = entry.getValue();
                switch (entry.getName()) {
                    case "min" -> {
                        resource.setMin(integer(v, "min of " + what));
                        min = true;
                    }
                    case "max" -> {
                        resource.setMax(integer(v, "max of " + what));
                        max = true;
                    }
                    case "scope" -> {
                        String scope = string(v, "scope of " + what);
                        resource.setScope(switch (scope) {
                            case "", "global" -> Scope.GLOBAL;
                            case "machine" -> Scope.MACHINE;
                            default -> throw document.error(v, what + " has unknown scope '" + scope
                                    + "'; use \"global\" or \"machine\"");
                        });
                    }
                    case "step" -> {
                        long step = integer(v, "step of " + what);
                        if (step < 0) {
                            throw document.error(v, "step of " + what + " is " + step + "; it must be positive");
                        }
                        resource.setStep(step == 0 ? 1 : step);
                    }
                    default -> throw unknown(v, what, entry.getName(), "min, max, scope, step");
                }
            }
            if (!min || !max) {
                throw document.error(value, what + " has no " + (min ? "max" : "min") + "; give it min = N; and max = N;");
            }
            if (resource.getMin() > resource.getMax()) {
                throw document.error(value, what + " has min " + resource.getMin() + " greater than max "
                        + resource.getMax() + "; swap them");
            }
            return resource;
        }
    }
}
