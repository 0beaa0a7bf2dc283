package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.IdsXmlTest.assignment;
import static org.dynadeploy.disnix.IdsXmlTest.last;
import static org.dynadeploy.disnix.IdsXmlTest.resource;
import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;

class NixWritersTest {

    @Test
    void distributionExpressionHasTheDisnixShape() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        model.getMappings().add(mapping("svc", target("t1")));
        assertEquals("{infrastructure}:\n\n{\n  svc = [\n    infrastructure.t1\n  ];\n}\n",
                NixDistributionWriter.write(model));
    }

    @Test
    void distributionUsesTheExtendedFormOnlyForServicesWithContainers() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        ServiceMapping db = mapping("db", target("test1"), target("test2"));
        db.getTargets().get(0).setContainer("mysql-database");
        model.getMappings().add(mapping("web", target("test2"), target("test1")));
        model.getMappings().add(db);
        model.getMappings().add(mapping("Zed"));
        model.getMappings().add(mapping("my service", target("host.example.org")));
        assertEquals("""
                {infrastructure}:

                {
                  Zed = [ ];
                  db = {
                    targets = [
                      { target = infrastructure.test1; container = "mysql-database"; }
                      { target = infrastructure.test2; }
                    ];
                  };
                  "my service" = [
                    infrastructure."host.example.org"
                  ];
                  web = [
                    infrastructure.test2
                    infrastructure.test1
                  ];
                }
                """, NixDistributionWriter.write(model));
    }

    @Test
    void distributionReadFromXmlWritesAsNix() {
        ModelSet models = ModelSet.of(List.of(new ServicesXml().read(TestSupport.resourcePath("services.xml")),
                InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"))));
        DistributionModel model = DistributionXml.read(TestSupport.resourcePath("distribution.xml"),
                models.servicesByName(), models.targetsByName(), new ArrayList<>());
        assertEquals("""
                {infrastructure}:

                {
                  HelloDBService = {
                    targets = [
                      { target = infrastructure.test1; container = "mysql-database"; }
                    ];
                  };
                  HelloWorld = [
                    infrastructure.test2
                    infrastructure.test1
                  ];
                  helloLib = [ ];
                }
                """, NixDistributionWriter.write(model));
    }

    @Test
    void idsExpressionPrintsEveryResourceAndOmitsEmptySections() {
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        ResourceIds ports = resource("ports");
        ports.getAssignments().add(assignment("testService2", 3001));
        ports.getAssignments().add(assignment("testService1", 3000));
        model.getResources().add(ports);
        model.getResources().add(resource("gids"));
        assertEquals("""
                {
                  ids = {
                    gids = { };
                    ports = {
                      testService1 = 3000;
                      testService2 = 3001;
                    };
                    uids = { };
                  };
                }
                """, NixIdsWriter.write(model, List.of("uids", "ports")));
    }

    @Test
    void idsExpressionWithLastAssignmentsPerTarget() {
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        ResourceIds uids = resource("uids");
        uids.getAssignments().add(assignment("my-service", 2000));
        uids.getAssignments().add(assignment("if", 2001));
        model.getResources().add(uids);
        model.getLastAssignments().add(last("uids", 2001));
        TargetLastAssignments perTarget = ModelFactory.eINSTANCE.createTargetLastAssignments();
        perTarget.setTarget("test1.example.org");
        perTarget.getLastAssignments().add(last("uids", 2001));
        perTarget.getLastAssignments().add(last("ports", -1));
        model.getTargets().add(perTarget);
        assertEquals("""
                {
                  ids = {
                    uids = {
                      "if" = 2001;
                      my-service = 2000;
                    };
                  };
                  lastAssignments = {
                    uids = 2001;
                  };
                  lastAssignmentsPerTarget = {
                    "test1.example.org" = {
                      ports = -1;
                      uids = 2001;
                    };
                  };
                }
                """, NixIdsWriter.write(model));
    }

    @Test
    void emptyIdsModel() {
        assertEquals("{\n  ids = { };\n}\n", NixIdsWriter.write(ModelFactory.eINSTANCE.createIdsModel()));
    }

    @Test
    void nixSyntaxQuotesAndEscapes() {
        assertTrue(NixSyntax.isIdentifier("a-b_c'd"));
        assertFalse(NixSyntax.isIdentifier("1a"));
        assertFalse(NixSyntax.isIdentifier("in"));
        assertFalse(NixSyntax.isIdentifier(""));
        assertEquals("\"a.b\"", NixSyntax.attrName("a.b"));
        assertEquals("\"\"", NixSyntax.attrName(""));
        assertEquals("\"q\\\" b\\\\s \\n\\r\\t \\${x} $y $\"", NixSyntax.string("q\" b\\s \n\r\t ${x} $y $"));
        assertTrue(formatError(() -> NixSyntax.string("nul\0")).getMessage().contains("NUL"));
    }

    @Test
    void distributionWriterRefusesDuplicatesAndMissingTargets() {
        DistributionModel model = ModelFactory.eINSTANCE.createDistributionModel();
        ServiceMapping mapping = mapping("a");
        mapping.getTargets().add(ModelFactory.eINSTANCE.createTargetMapping());
        model.getMappings().add(mapping);
        assertTrue(formatError(() -> NixDistributionWriter.write(model)).getMessage().contains("without a target"));
    }

    private static ServiceMapping mapping(String service, Target... targets) {
        Service s = ModelFactory.eINSTANCE.createService();
        s.setName(service);
        ServiceMapping mapping = ModelFactory.eINSTANCE.createServiceMapping();
        mapping.setService(s);
        for (Target target : targets) {
            TargetMapping targetMapping = ModelFactory.eINSTANCE.createTargetMapping();
            targetMapping.setTarget(target);
            mapping.getTargets().add(targetMapping);
        }
        return mapping;
    }

    private static Target target(String name) {
        Target target = ModelFactory.eINSTANCE.createTarget();
        target.setName(name);
        return target;
    }
}
