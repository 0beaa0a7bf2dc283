package org.dynadeploy.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.tests.InfrastructureInjectorProvider;
import org.dynadeploy.model.AllTargetsSelector;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.ContainerSelector;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.NamedTargetsSelector;
import org.dynadeploy.model.PropertySelector;
import org.dynadeploy.model.SecretSource;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Target;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(InfrastructureInjectorProvider.class)
class InfrastructureParsingTest {

    @Inject
    private ParseHelper<InfrastructureModel> parser;

    private InfrastructureModel example() throws Exception {
        InfrastructureModel model = parser.parse(ExampleModels.text("infrastructure.infra"));
        assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
        return model;
    }

    @Test
    void targetAttributesPropertiesAndContainers() throws Exception {
        Target test1 = example().getTargets().get(0);
        assertEquals("test1", test1.getName());
        assertEquals("x86_64-linux", test1.getSystem());
        assertEquals(2, test1.getNumOfCores());
        assertEquals("disnix-ssh-client", test1.getClientInterface());
        assertEquals("hostname", test1.getTargetProperty());
        assertEquals(6, test1.getProperties().size());
        assertEquals(List.of("mysql-database", "tomcat-webapplication"),
                test1.getContainers().stream().map(c -> c.getName()).toList());
        assertEquals("mysqlPort", test1.getContainers().get(0).getProperties().get(0).getName());
        assertTrue(test1.getContainers().get(1).getProperties().isEmpty());
    }

    @Test
    void targetWithoutAttributesKeepsDefaults() throws Exception {
        Target test2 = example().getTargets().get(1);
        assertNull(test2.getSystem());
        assertNull(test2.getNumOfCores());
        assertNull(test2.getTargetProperty());
    }

    @Test
    void everySelectorKind() throws Exception {
        List<AugmentationRule> rules = example().getAugmentations();
        assertEquals("mysql-database", ((ContainerSelector) rules.get(0).getSelector()).getContainer());
        assertInstanceOf(AllTargetsSelector.class, rules.get(1).getSelector());
        NamedTargetsSelector named = (NamedTargetsSelector) rules.get(2).getSelector();
        assertEquals(List.of("test1", "test2"), named.getTargets().stream().map(Target::getName).toList());
        PropertySelector where = (PropertySelector) rules.get(3).getSelector();
        assertEquals("zone", where.getProperty());
        assertTrue(((BoolValue) rules.get(3).getProperties().get(0).getValue()).isValue());
    }

    @Test
    void secretsInAugmentationRules() throws Exception {
        List<AugmentationRule> rules = example().getAugmentations();
        SecretValue file = (SecretValue) rules.get(0).getContainers().get(0).getProperties().get(1).getValue();
        assertEquals(SecretSource.FILE, file.getSource());
        assertEquals("mysql/root", file.getKey());
        SecretValue env = (SecretValue) rules.get(1).getProperties().get(0).getValue();
        assertEquals(SecretSource.ENV, env.getSource());
        assertEquals("API_TOKEN", env.getKey());
    }

    @Test
    void coresMustBeANumber() throws Exception {
        InfrastructureModel model = parser.parse("target t { cores two }");
        assertFalse(model.eResource().getErrors().isEmpty());
    }
}
