package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.Scope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class IdResourcesXmlTest {

    @Test
    void readsResourcesWithDefaults() {
        IdResourcesModel model = IdResourcesXml.read("""
                <resources>
                  <resource name="a"><min>1</min><max>10</max></resource>
                  <resource name="b"><min>1</min><max>10</max><scope></scope><step>0</step></resource>
                  <resource name="c"><min> 5 </min><max>50</max><scope>machine</scope><step>5</step></resource>
                </resources>
                """, "r.xml");
        IdResource a = model.getResources().get(0);
        assertEquals(Scope.GLOBAL, a.getScope());
        assertEquals(1, a.getStep());
        IdResource b = model.getResources().get(1);
        assertEquals(Scope.GLOBAL, b.getScope());
        assertEquals(1, b.getStep());
        IdResource c = model.getResources().get(2);
        assertEquals(5, c.getMin());
        assertEquals(Scope.MACHINE, c.getScope());
        assertEquals(5, c.getStep());
    }

    @Test
    void roundTripAndExactShape() {
        IdResourcesModel first = IdResourcesXml.read(TestSupport.resourcePath("idresources.xml"));
        String written = IdResourcesXml.write(first);
        assertEquals(TestSupport.resource("idresources.xml"), written);
        assertTrue(EcoreUtil.equals(first, IdResourcesXml.read(written, "w.xml")));
    }

    @Test
    void errors() {
        assertEquals("r.xml:1:55: resource 'p' has unknown scope 'local'; use 'global' or 'machine'",
                formatError(() -> IdResourcesXml.read("<resources><resource name=\"p\"><min>1</min><max>2</max>"
                        + "<scope>local</scope></resource></resources>", "r.xml")).getMessage());
        assertEquals("r.xml:1:12: resource 'p' has no <max>; add <max>N</max>",
                formatError(() -> IdResourcesXml.read("<resources><resource name=\"p\"><min>1</min></resource></resources>",
                        "r.xml")).getMessage());
        assertEquals("r.xml:1:31: min of resource 'p' has type 'int' but its value 'x' is not an integer",
                formatError(() -> IdResourcesXml.read("<resources><resource name=\"p\"><min>x</min><max>2</max></resource>"
                        + "</resources>", "r.xml")).getMessage());
        assertTrue(formatError(() -> IdResourcesXml.read("<resources><resource name=\"p\"><min>5</min><max>2</max>"
                + "</resource></resources>", "r.xml")).getMessage().contains("greater than max"));
        assertEquals("r.xml:1:1: the root element is <ids>, but an ID resources XML file must start with <resources>;"
                + " is this the right file?", formatError(() -> IdResourcesXml.read("<ids/>", "r.xml")).getMessage());
    }
}
