package org.dynadeploy.docs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Values;

/**
 * Seeded synthetic models for the docs benchmark and scale tests, built directly as EMF
 * objects (the engine's input), so the measurement is the generator's and not a parser's.
 * Groups are spread over the levels in proportion 1:3:6 (50 groups over 3 levels: 5, 15, 30),
 * services round-robin over the groups, each service depends on one to three earlier services
 * (mostly in its own group, so layers have structure and some cross-group context) and
 * sometimes connects to one more. The same arguments always give the same model.
 */
public final class SyntheticModels {

    private static final String[] TYPES = {"process", "mysql-database", "apache-webapplication", "tomcat-webapplication"};
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private SyntheticModels() {
    }

    /** Services and groups only. */
    public static ModelSet model(int services, int groups, int levels, long seed) {
        return model(services, groups, levels, 0, seed);
    }

    /** With {@code targets} > 0 also an infrastructure and a round-robin distribution. */
    public static ModelSet model(int services, int groups, int levels, int targets, long seed) {
        Random random = new Random(seed);
        ServicesModel model = F.createServicesModel();
        List<Group> all = groups(model, groups, levels);
        List<Service> created = new ArrayList<>();
        List<List<Service>> byGroup = new ArrayList<>();
        for (int g = 0; g <= all.size(); g++) byGroup.add(new ArrayList<>());
        for (int i = 0; i < services; i++) {
            // every 100th service lives at the root, the rest round-robin over the groups
            int slot = all.isEmpty() || i % 100 == 0 ? all.size() : i % all.size();
            Service service = F.createService();
            service.setName(String.format("svc%05d", i));
            service.setType(TYPES[i % TYPES.length]);
            service.setDescription("Synthetic service " + i + " of group slot " + slot);
            service.getProperties().add(Values.property("requireMem", Values.integer(65536L * (1 + i % 4))));
            List<Service> local = byGroup.get(slot);
            int dependencies = created.isEmpty() ? 0 : 1 + random.nextInt(3);
            for (int d = 0; d < dependencies; d++) {
                boolean sameGroup = !local.isEmpty() && random.nextInt(10) < 7;
                Service target = sameGroup ? local.get(random.nextInt(local.size())) : created.get(random.nextInt(created.size()));
                if (!service.getDependsOn().contains(target)) service.getDependsOn().add(target);
            }
            if (!created.isEmpty() && random.nextInt(10) == 0) {
                service.getConnectsTo().add(created.get(random.nextInt(created.size())));
            }
            (slot == all.size() ? model.getServices() : all.get(slot).getServices()).add(service);
            local.add(service);
            created.add(service);
        }
        ModelSet set = new ModelSet().add(model);
        if (targets > 0) {
            addDeployment(set, created, targets);
        }
        return set;
    }

    private static List<Group> groups(ServicesModel model, int count, int levels) {
        int[] weights = {1, 3, 6};
        int depth = Math.max(1, Math.min(levels, weights.length));
        int total = 0;
        for (int l = 0; l < depth; l++) total += weights[l];
        List<Group> all = new ArrayList<>();
        List<Group> previous = List.of();
        int made = 0;
        for (int l = 0; l < depth; l++) {
            int atLevel = l == depth - 1 ? count - made : Math.max(1, Math.round((float) count * weights[l] / total));
            List<Group> level = new ArrayList<>();
            for (int i = 0; i < atLevel && made < count; i++, made++) {
                Group group = F.createGroup();
                group.setName("g" + (l + 1) + "x" + i);
                group.setTitle("Group " + (l + 1) + "." + i);
                group.setDescription("Synthetic group at level " + (l + 1));
                if (previous.isEmpty()) model.getGroups().add(group);
                else previous.get(i % previous.size()).getGroups().add(group);
                level.add(group);
            }
            all.addAll(level);
            previous = level;
        }
        return all;
    }

    private static void addDeployment(ModelSet set, List<Service> services, int targets) {
        InfrastructureModel infra = F.createInfrastructureModel();
        for (int t = 0; t < targets; t++) {
            Target target = F.createTarget();
            target.setName(String.format("host%03d", t));
            target.setSystem("x86_64-linux");
            target.setNumOfCores(1 + t % 8);
            target.getProperties().add(Values.property("hostname", Values.string(target.getName() + ".example.org")));
            target.getProperties().add(Values.property("mem", Values.integer(1L << 21)));
            for (String type : TYPES) {
                Container container = F.createContainer();
                container.setName(type);
                target.getContainers().add(container);
            }
            infra.getTargets().add(target);
        }
        DistributionModel distribution = F.createDistributionModel();
        for (int i = 0; i < services.size(); i++) {
            ServiceMapping mapping = F.createServiceMapping();
            mapping.setService(services.get(i));
            TargetMapping on = F.createTargetMapping();
            on.setTarget(infra.getTargets().get(i % targets));
            mapping.getTargets().add(on);
            distribution.getMappings().add(mapping);
        }
        set.add(infra).add(distribution);
    }
}
