package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ResourceIds;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class IdsXmlTest {

    @Test
    void readsAllSections() {
        IdsModel model = IdsXml.read(TestSupport.resourcePath("ids.xml"));
        assertEquals(2, model.getResources().size());
        assertEquals("gids", model.getResources().get(0).getResource());
        assertTrue(model.getResources().get(0).getAssignments().isEmpty());
        assertEquals(3001, model.getResources().get(1).getAssignments().get(1).getValue());
        assertEquals(3001, model.getLastAssignments().get(0).getValue());
        assertEquals("test1", model.getTargets().get(0).getTarget());
        assertEquals(2010, model.getTargets().get(0).getLastAssignments().get(0).getValue());
    }

    @Test
    void roundTripAndExactShape() {
        IdsModel first = IdsXml.read(TestSupport.resourcePath("ids.xml"));
        String written = IdsXml.write(first);
        assertEquals(TestSupport.resource("ids.xml"), written);
        assertTrue(EcoreUtil.equals(first, IdsXml.read(written, "w.xml")));
    }

    @Test
    void writesByteOrderedAndLeavesOutEmptySections() {
        IdsModel model = ModelFactory.eINSTANCE.createIdsModel();
        model.getResources().add(resource("uids"));
        ResourceIds ports = resource("ports");
        ports.getAssignments().add(assignment("b", 2));
        ports.getAssignments().add(assignment("B", 3));
        ports.getAssignments().add(assignment("a", 1));
        model.getResources().add(ports);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ids>
                  <ids>
                    <resource name="ports">
                      <assignment name="B">3</assignment>
                      <assignment name="a">1</assignment>
                      <assignment name="b">2</assignment>
                    </resource>
                    <resource name="uids"/>
                  </ids>
                </ids>
                """, IdsXml.write(model));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ids>
                  <ids/>
                </ids>
                """, IdsXml.write(ModelFactory.eINSTANCE.createIdsModel()));
    }

    @Test
    void errors() {
        assertEquals("i.xml:1:30: the id of service 's' in resource 'p' is 'x', which is not an integer",
                formatError(() -> IdsXml.read("<ids><ids><resource name=\"p\"><assignment name=\"s\">x</assignment>"
                        + "</resource></ids></ids>", "i.xml")).getMessage());
        assertTrue(formatError(() -> IdsXml.read("<ids><lastAssignments><assignment name=\"p\">1</assignment>"
                + "<assignment name=\"p\">2</assignment></lastAssignments></ids>", "i.xml")).getMessage()
                .contains("appears twice"));
        IdsModel duplicate = ModelFactory.eINSTANCE.createIdsModel();
        duplicate.getResources().add(resource("p"));
        duplicate.getResources().add(resource("p"));
        assertTrue(formatError(() -> IdsXml.write(duplicate)).getMessage().contains("appears twice"));
    }

    static ResourceIds resource(String name) {
        ResourceIds resource = ModelFactory.eINSTANCE.createResourceIds();
        resource.setResource(name);
        return resource;
    }

    static IdAssignment assignment(String service, long value) {
        IdAssignment assignment = ModelFactory.eINSTANCE.createIdAssignment();
        assignment.setService(service);
        assignment.setValue(value);
        return assignment;
    }

    static LastAssignment last(String resource, long value) {
        LastAssignment last = ModelFactory.eINSTANCE.createLastAssignment();
        last.setResource(resource);
        last.setValue(value);
        return last;
    }
}
