package org.dynadeploy.planner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.SecretSource;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Values;

/**
 * Builds models in code. Values given as Java objects become model values: String, Integer/Long,
 * Double, Boolean, List (of those) and {@link #secret}.
 */
public final class TestModels {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final ServicesModel services = F.createServicesModel();
    private final InfrastructureModel infrastructure = F.createInfrastructureModel();
    private final IdResourcesModel idResources = F.createIdResourcesModel();
    private final Map<Service, List<String>> dependsOn = new LinkedHashMap<>();
    private final Map<Service, List<String>> connectsTo = new LinkedHashMap<>();

    public static Value value(Object object) {
        if (object instanceof Value v) return v;
        if (object instanceof String s) return Values.string(s);
        if (object instanceof Integer i) return Values.integer(i);
        if (object instanceof Long l) return Values.integer(l);
        if (object instanceof Boolean b) return Values.bool(b);
        if (object instanceof Double d) {
            FloatValue value = F.createFloatValue();
            value.setValue(d);
            return value;
        }
        if (object instanceof List<?> list) {
            ListValue value = F.createListValue();
            list.forEach(element -> value.getElements().add(value(element)));
            return value;
        }
        if (object instanceof Map<?, ?> map) {
            AttrsValue value = F.createAttrsValue();
            map.forEach((k, v) -> value.getProperties().add(Values.property((String) k, value(v))));
            return value;
        }
        throw new IllegalArgumentException("no model value for " + object);
    }

    public static SecretValue secret(SecretSource source, String key) {
        SecretValue value = F.createSecretValue();
        value.setSource(source);
        value.setKey(key);
        return value;
    }

    public ServiceBuilder service(String name) {
        Service service = F.createService();
        service.setName(name);
        services.getServices().add(service);
        return new ServiceBuilder(service);
    }

    public TargetBuilder target(String name) {
        Target target = F.createTarget();
        target.setName(name);
        infrastructure.getTargets().add(target);
        return new TargetBuilder(target);
    }

    public TestModels pool(String name, long min, long max, Scope scope) {
        return pool(name, min, max, scope, 1);
    }

    public TestModels pool(String name, long min, long max, Scope scope, long step) {
        IdResource resource = F.createIdResource();
        resource.setName(name);
        resource.setMin(min);
        resource.setMax(max);
        resource.setScope(scope);
        resource.setStep(step);
        idResources.getResources().add(resource);
        return this;
    }

    public TestModels removePool(String name) {
        idResources.getResources().removeIf(r -> r.getName().equals(name));
        return this;
    }

    public InfrastructureModel infrastructure() {
        return infrastructure;
    }

    public ServicesModel services() {
        return services;
    }

    /** The model set; dependency names are resolved now. */
    public ModelSet build() {
        link(dependsOn, true);
        link(connectsTo, false);
        ModelSet set = new ModelSet();
        set.add(services);
        set.add(infrastructure);
        if (!idResources.getResources().isEmpty()) set.add(idResources);
        return set;
    }

    private void link(Map<Service, List<String>> names, boolean depends) {
        names.forEach((service, list) -> {
            List<Service> references = depends ? service.getDependsOn() : service.getConnectsTo();
            references.clear();
            for (String name : list) {
                references.add(services.getServices().stream().filter(s -> s.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no service " + name)));
            }
        });
    }

    /** A distribution model over the built models: {@code "svc", List.of("t1", "t2"), ...}; "t/c" names a container. */
    public static DistributionModel distribution(ModelSet models, Object... serviceAndTargets) {
        DistributionModel model = F.createDistributionModel();
        for (int i = 0; i < serviceAndTargets.length; i += 2) {
            ServiceMapping mapping = F.createServiceMapping();
            mapping.setService(models.servicesByName().get((String) serviceAndTargets[i]));
            for (Object entry : (List<?>) serviceAndTargets[i + 1]) {
                String[] parts = ((String) entry).split("/", 2);
                TargetMapping target = F.createTargetMapping();
                Target t = models.targetsByName().get(parts[0]);
                if (t == null) {
                    t = F.createTarget();
                    t.setName(parts[0]);
                }
                target.setTarget(t);
                if (parts.length > 1) target.setContainer(parts[1]);
                mapping.getTargets().add(target);
            }
            model.getMappings().add(mapping);
        }
        return model;
    }

    public final class ServiceBuilder {
        public final Service service;

        ServiceBuilder(Service service) {
            this.service = service;
        }

        public ServiceBuilder type(String type) {
            service.setType(type);
            return this;
        }

        public ServiceBuilder stateful() {
            service.setStateful(true);
            return this;
        }

        public ServiceBuilder prop(String name, Object value) {
            service.getProperties().add(Values.property(name, value(value)));
            return this;
        }

        public ServiceBuilder ids(String... resources) {
            service.getRequiresIds().addAll(List.of(resources));
            return this;
        }

        public ServiceBuilder dependsOn(String... names) {
            dependsOn.computeIfAbsent(service, k -> new ArrayList<>()).addAll(List.of(names));
            return this;
        }

        public ServiceBuilder connectsTo(String... names) {
            connectsTo.computeIfAbsent(service, k -> new ArrayList<>()).addAll(List.of(names));
            return this;
        }
    }

    public static final class TargetBuilder {
        public final Target target;

        TargetBuilder(Target target) {
            this.target = target;
        }

        public TargetBuilder prop(String name, Object value) {
            target.getProperties().add(Values.property(name, value(value)));
            return this;
        }

        public TargetBuilder container(String name, Object... namesAndValues) {
            Container container = F.createContainer();
            container.setName(name);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                container.getProperties().add(Values.property((String) namesAndValues[i], value(namesAndValues[i + 1])));
            }
            target.getContainers().add(container);
            return this;
        }

        public List<Property> properties() {
            return target.getProperties();
        }
    }

    // ---- dydisnix's test models (tests/models/*.nix) ----

    /** services.nix: testService1..3 (the pkg attributes are irrelevant here). */
    public static TestModels dydisnixServices() {
        TestModels models = new TestModels();
        models.service("testService1").type("echo").prop("requireZone", "US").prop("requireZones", List.of("US", "Asia"))
                .prop("requireMem", 262144).prop("requireAccess", List.of("public", "private")).stateful();
        models.service("testService2").dependsOn("testService1").type("echo").prop("requireZone", "US")
                .prop("requireZones", List.of("Europe", "Asia")).prop("requireMem", 262143)
                .prop("requireAccess", List.of("public", "private"));
        models.service("testService3").dependsOn("testService1", "testService2").type("echo")
                .prop("requireZone", "Europe").prop("requireZones", List.of("US", "Europe")).prop("requireMem", 262145)
                .prop("requireAccess", List.of("private"));
        return models;
    }

    /** infrastructure.nix (two targets) or infrastructure-3.nix (three). */
    public TestModels dydisnixTargets(int count, long mem) {
        target("testtarget1").prop("hostname", "testtarget1").prop("supportedTypes", List.of("echo", "process", "wrapper"))
                .prop("mem", mem == 0 ? 524288 : mem).prop("zone", "US").prop("cost", 100).prop("access", "public")
                .prop("priority", 2);
        target("testtarget2").prop("hostname", "testtarget2").prop("supportedTypes", List.of("echo", "process", "wrapper"))
                .prop("mem", mem == 0 ? 655360 : mem).prop("zone", "Europe").prop("cost", 200).prop("access", "private")
                .prop("priority", 1);
        if (count == 3) {
            target("testtarget3").prop("hostname", "testtarget3")
                    .prop("supportedTypes", List.of("echo", "process", "wrapper")).prop("mem", 655360)
                    .prop("zone", "Europe").prop("cost", 200).prop("access", "private").prop("priority", 1);
        }
        return this;
    }

    /** services.nix on infrastructure.nix. */
    public static ModelSet dydisnix() {
        return dydisnixServices().dydisnixTargets(2, 0).build();
    }
}
