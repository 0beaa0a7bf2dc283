package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class InfrastructureXmlTest {

    @Test
    void readsTargetsWithDedicatedAttributesAndContainers() {
        InfrastructureModel model = InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"));
        assertEquals(2, model.getTargets().size());
        Target test1 = model.getTargets().get(0);
        assertEquals("test1", test1.getName());
        assertEquals("x86_64-linux", test1.getSystem());
        assertEquals(2, test1.getNumOfCores());
        assertEquals("disnix-ssh-client", test1.getClientInterface());
        assertEquals("hostname", test1.getTargetProperty());
        assertEquals(List.of("hostname", "mem", "supportedTypes", "zone"),
                test1.getProperties().stream().map(p -> p.getName()).toList());
        assertEquals(524288, ((IntValue) Properties.get(test1.getProperties(), "mem").get()).getValue());
        assertEquals(List.of("mysql-database", "process"), test1.getContainers().stream().map(Container::getName).toList());
        assertEquals(3306, ((IntValue) Properties.get(test1.getContainers().get(0).getProperties(), "mysqlPort").get())
                .getValue());

        Target test2 = model.getTargets().get(1);
        assertNull(test2.getSystem());
        assertNull(test2.getNumOfCores());
        assertNull(test2.getTargetProperty());
        assertTrue(test2.getContainers().isEmpty());
    }

    @Test
    void roundTripGivesEqualModels() {
        InfrastructureModel first = InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"));
        String written = InfrastructureXml.write(first);
        InfrastructureModel second = InfrastructureXml.read(written, "written.xml");
        assertTrue(EcoreUtil.equals(first, second), written);
        assertEquals(written, InfrastructureXml.write(second));
    }

    @Test
    void writesTheExactShapeInByteOrderWithoutAugmentations() {
        InfrastructureModel model = ModelFactory.eINSTANCE.createInfrastructureModel();
        Target b = target("b");
        b.getProperties().add(Values.property("hostname", Values.string("b.local")));
        Target a = target("a");
        a.setNumOfCores(4);
        a.setSystem("aarch64-linux");
        Container container = ModelFactory.eINSTANCE.createContainer();
        container.setName("process");
        a.getContainers().add(container);
        model.getTargets().add(b);
        model.getTargets().add(target("B"));
        model.getTargets().add(a);
        AugmentationRule rule = ModelFactory.eINSTANCE.createAugmentationRule();
        rule.setName("secrets");
        rule.setSelector(ModelFactory.eINSTANCE.createAllTargetsSelector());
        model.getAugmentations().add(rule);

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <infrastructure version="2">
                  <target name="B">
                    <properties type="attrs"/>
                  </target>
                  <target name="a">
                    <properties type="attrs"/>
                    <containers>
                      <container name="process" type="attrs"/>
                    </containers>
                    <system>aarch64-linux</system>
                    <numOfCores>4</numOfCores>
                  </target>
                  <target name="b">
                    <properties type="attrs">
                      <property name="hostname" type="string">b.local</property>
                    </properties>
                  </target>
                </infrastructure>
                """, InfrastructureXml.write(model));
    }

    @Test
    void errorsArePositioned() {
        assertEquals("i.xml:1:1: infrastructure XML version '1' is not supported; only version=\"2\" (Disnix 0.10 and"
                + " later) is", formatError(() -> InfrastructureXml.read("<infrastructure version=\"1\"/>", "i.xml"))
                .getMessage());
        assertEquals("i.xml:3:5: numOfCores of target 't' has type 'int' but its value 'many' is not an integer",
                formatError(() -> InfrastructureXml.read("<infrastructure version=\"2\">\n  <target name=\"t\">\n"
                        + "    <numOfCores>many</numOfCores>\n  </target>\n</infrastructure>", "i.xml")).getMessage());
        assertEquals("i.xml:1:46: unexpected element <hostname> in <target>; expected <properties>, <containers>,"
                + " <system>, <numOfCores>, <clientInterface>, <targetProperty>",
                formatError(() -> InfrastructureXml.read("<infrastructure version=\"2\"><target name=\"t\">"
                        + "<hostname>x</hostname></target></infrastructure>", "i.xml")).getMessage());
        assertEquals("i.xml:1:1: The infrastructure XML file is empty; it must contain a <infrastructure> element",
                formatError(() -> InfrastructureXml.read("", "i.xml")).getMessage());
        assertTrue(formatError(() -> InfrastructureXml.read("<infrastructure><target name=\"t\"/><target name=\"t\"/>"
                + "</infrastructure>", "i.xml")).getMessage().contains("target 't' is defined twice"));
    }

    private static Target target(String name) {
        Target target = ModelFactory.eINSTANCE.createTarget();
        target.setName(name);
        return target;
    }
}
