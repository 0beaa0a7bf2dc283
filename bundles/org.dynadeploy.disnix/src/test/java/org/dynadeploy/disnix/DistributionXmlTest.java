package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class DistributionXmlTest {

    private final ModelSet models = ModelSet.of(List.of(
            new ServicesXml().read(TestSupport.resourcePath("services.xml")),
            InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"))));

    private DistributionModel read(String content, List<String> warnings) {
        return DistributionXml.read(content, "distribution.xml", models.servicesByName(), models.targetsByName(), warnings);
    }

    @Test
    void readsMappingsContainersAndEmptyServices() {
        List<String> warnings = new ArrayList<>();
        DistributionModel model = DistributionXml.read(TestSupport.resourcePath("distribution.xml"),
                models.servicesByName(), models.targetsByName(), warnings);
        assertTrue(warnings.isEmpty());
        assertEquals(3, model.getMappings().size());
        ServiceMapping db = model.getMappings().get(0);
        assertSame(models.servicesByName().get("HelloDBService"), db.getService());
        assertSame(models.targetsByName().get("test1"), db.getTargets().get(0).getTarget());
        assertEquals("mysql-database", db.getTargets().get(0).getContainer());
        ServiceMapping web = model.getMappings().get(1);
        assertEquals(List.of("test2", "test1"), web.getTargets().stream().map(t -> t.getTarget().getName()).toList());
        assertNull(web.getTargets().get(0).getContainer());
        assertTrue(model.getMappings().get(2).getTargets().isEmpty());
    }

    @Test
    void roundTripKeepsMappingOrderAndContainers() {
        DistributionModel first = DistributionXml.read(TestSupport.resourcePath("distribution.xml"),
                models.servicesByName(), models.targetsByName(), new ArrayList<>());
        String written = DistributionXml.write(first);
        assertEquals(TestSupport.resource("distribution.xml"), written);
        DistributionModel second = read(written, new ArrayList<>());
        assertTrue(EcoreUtil.equals(first, second));
    }

    @Test
    void writesInByteOrderWithPinned() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        for (String name : List.of("helloLib", "HelloWorld")) {
            ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
            mapping.setService(models.servicesByName().get(name));
            model.getMappings().add(mapping);
        }
        model.getMappings().get(0).setPinned(true);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <distribution>
                  <service name="HelloWorld"/>
                  <service name="helloLib" pinned="true"/>
                </distribution>
                """, DistributionXml.write(model));
        assertTrue(read(DistributionXml.write(model), new ArrayList<>()).getMappings().get(1).isPinned());
    }

    @Test
    void unknownServiceIsSkippedWithAWarning() {
        List<String> warnings = new ArrayList<>();
        DistributionModel model = read("""
                <distribution>
                  <service name="ghost"><mapping><target>nowhere</target></mapping></service>
                  <service name="helloLib"><mapping><target>test2</target></mapping></service>
                </distribution>
                """, warnings);
        assertEquals(1, model.getMappings().size());
        assertEquals(List.of("distribution.xml:2:3: warning: service 'ghost' is not in the services model; its mapping"
                + " is ignored"), warnings);
    }

    @Test
    void unknownTargetIsAnError() {
        assertEquals("distribution.xml:2:37: service 'helloLib' is mapped to unknown target 'test3'; the infrastructure"
                + " model has no such target", formatError(() -> read("""
                <distribution>
                  <service name="helloLib"><mapping><target>test3</target></mapping></service>
                </distribution>
                """, new ArrayList<>())).getMessage());
    }

    @Test
    void structuralErrors() {
        assertEquals("distribution.xml:1:1: The distribution XML file is empty; it must contain a <distribution> element",
                formatError(() -> read("", new ArrayList<>())).getMessage());
        assertTrue(formatError(() -> read("<distribution><service name=\"helloLib\"><mapping><container>c</container>"
                + "</mapping></service></distribution>", new ArrayList<>())).getMessage().contains("has no <target>"));
        assertTrue(formatError(() -> read("<distribution><service name=\"helloLib\"/><service name=\"helloLib\"/>"
                + "</distribution>", new ArrayList<>())).getMessage().contains("mapped twice"));
    }

    @Test
    void acceptsPlainTargetElements() {
        DistributionModel model = read("<distribution><service name=\"helloLib\"><target>test1</target></service>"
                + "</distribution>", new ArrayList<>());
        assertEquals("test1", model.getMappings().get(0).getTargets().get(0).getTarget().getName());
    }

    @Test
    void writerRefusesDuplicateServices() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        for (int i = 0; i < 2; i++) {
            ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
            mapping.setService(models.servicesByName().get("helloLib"));
            model.getMappings().add(mapping);
        }
        assertTrue(formatError(() -> DistributionXml.write(model)).getMessage().contains("mapped twice"));
    }
}
