package org.dynadeploy.planner.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.AllTargetsSelector;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.ContainerSelector;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.NamedTargetsSelector;
import org.dynadeploy.model.PropertySelector;
import org.dynadeploy.model.SecretSource;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetSelector;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.dynadeploy.planner.ValueText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureAugmenterTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path directory;

    private static InfrastructureModel infrastructure() {
        TestModels models = new TestModels();
        models.target("db1").prop("zone", "US").container("mysql-database", "mysqlPort", 3306);
        models.target("web1").prop("zone", "EU");
        return models.infrastructure();
    }

    private static AugmentationRule rule(InfrastructureModel model, String name, TargetSelector selector, Object... props) {
        AugmentationRule rule = F.createAugmentationRule();
        rule.setName(name);
        rule.setSelector(selector);
        for (int i = 0; i < props.length; i += 2) {
            rule.getProperties().add(Values.property((String) props[i], TestModels.value(props[i + 1])));
        }
        model.getAugmentations().add(rule);
        return rule;
    }

    private static Value property(InfrastructureModel model, String target, String name) {
        Target t = model.getTargets().stream().filter(x -> x.getName().equals(target)).findFirst().orElseThrow();
        return Properties.get(t.getProperties(), name).orElse(null);
    }

    @Test
    void dydisnixsTestEveryTargetGainsAProperty() {
        InfrastructureModel model = infrastructure();
        rule(model, "all", F.createAllTargetsSelector(), "augment", "augment");
        InfrastructureModel result = new InfrastructureAugmenter(SecretResolvers.standard(Map.of(), null)).augment(model);
        assertEquals("augment", ((StringValue) property(result, "db1", "augment")).getValue());
        assertEquals("augment", ((StringValue) property(result, "web1", "augment")).getValue());
        assertTrue(result.getAugmentations().isEmpty());
        assertEquals(1, model.getAugmentations().size(), "the input is untouched");
        assertEquals(null, property(model, "db1", "augment"));
    }

    @Test
    void selectorsAndRuleOrder() {
        InfrastructureModel model = infrastructure();
        NamedTargetsSelector named = F.createNamedTargetsSelector();
        named.getTargets().add(model.getTargets().get(1));
        rule(model, "named", named, "role", "web");
        PropertySelector byZone = F.createPropertySelector();
        byZone.setProperty("zone");
        byZone.setValue(Values.string("US"));
        rule(model, "zone", byZone, "zone", "America", "tier", 1);
        PropertySelector byNewZone = F.createPropertySelector();
        byNewZone.setProperty("zone");
        byNewZone.setValue(Values.string("America"));
        rule(model, "later rules see earlier ones", byNewZone, "continent", "NA");
        ContainerSelector withDb = F.createContainerSelector();
        withDb.setContainer("mysql-database");
        AugmentationRule containerRule = rule(model, "db", withDb);
        Container extra = F.createContainer();
        extra.setName("mysql-database");
        extra.getProperties().add(Values.property("mysqlPort", Values.integer(3307)));
        extra.getProperties().add(Values.property("mysqlUser", Values.string("root")));
        containerRule.getContainers().add(extra);

        InfrastructureModel result = new InfrastructureAugmenter(SecretResolvers.standard(Map.of(), null)).augment(model);
        assertEquals("web", ((StringValue) property(result, "web1", "role")).getValue());
        assertEquals(null, property(result, "db1", "role"));
        assertEquals("America", ((StringValue) property(result, "db1", "zone")).getValue());
        assertEquals("NA", ((StringValue) property(result, "db1", "continent")).getValue());
        Container db = result.getTargets().get(0).getContainers().get(0);
        assertEquals(List.of("mysqlPort=3307", "mysqlUser='root'"), db.getProperties().stream()
                .map(p -> p.getName() + "=" + ValueText.of(p.getValue())).toList());
        assertEquals(1, result.getTargets().get(0).getContainers().size());
    }

    @Test
    void secretsResolveFromTheEnvironmentAndTheSecretsFile() throws IOException {
        InfrastructureModel model = infrastructure();
        AllTargetsSelector all = F.createAllTargetsSelector();
        rule(model, "secrets", all, "password", TestModels.secret(SecretSource.ENV, "DB_PW"),
                "token", List.of(TestModels.secret(SecretSource.FILE, "api.token")));
        Path file = Files.writeString(directory.resolve("secrets.properties"), "api.token = t0k3n\n");
        InfrastructureModel result = new InfrastructureAugmenter(SecretResolvers.standard(Map.of("DB_PW", "s3cret"), file))
                .augment(model);
        assertEquals("s3cret", ((StringValue) property(result, "web1", "password")).getValue());
        assertEquals("['t0k3n']", ValueText.of(property(result, "db1", "token")));
        assertInstanceOf(SecretValue.class, model.getAugmentations().get(0).getProperties().get(0).getValue(),
                "the input keeps its secret references");
    }

    @Test
    void unresolvedSecretsAreNamedButNeverShown() {
        InfrastructureModel model = infrastructure();
        model.getTargets().get(0).getContainers().get(0).getProperties()
                .add(Values.property("mysqlPassword", TestModels.secret(SecretSource.ENV, "MYSQL_PW")));
        model.getTargets().get(1).getProperties().add(Values.property("key", TestModels.secret(SecretSource.FILE, "k")));
        PlanningException error = assertThrows(PlanningException.class,
                () -> new InfrastructureAugmenter(SecretResolvers.standard(Map.of("OTHER", "visible"), null)).augment(model));
        assertEquals("cannot resolve 2 secrets of the infrastructure:\n"
                + "  target 'db1', container 'mysql-database', property 'mysqlPassword': secret env(\"MYSQL_PW\") — the"
                + " environment variable MYSQL_PW is not set\n"
                + "  target 'web1', property 'key': secret file(\"k\") — it comes from the secrets file, but no secrets"
                + " file was given", error.getMessage());
        assertFalse(error.getMessage().contains("visible"));
    }
}
