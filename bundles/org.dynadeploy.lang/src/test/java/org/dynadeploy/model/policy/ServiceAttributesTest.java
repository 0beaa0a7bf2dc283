package org.dynadeploy.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.testing.Workspace;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Services;
import org.junit.jupiter.api.Test;

class ServiceAttributesTest {

    private static Service service(String text, String name) {
        ServicesModel model = new Workspace().file("a.services", text).root("a.services", ServicesModel.class);
        return Services.all(model).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void dedicatedAttributesThatAreSetAndProperties() {
        Service web = service("""
                group front { service web : webapp { description "The site" stateful dependsOn db connectsTo cache ids ports mem = 4 } }
                service db { }
                service cache { }""", "web");
        Map<String, Value> attributes = ServiceAttributes.of(web);
        assertEquals(List.of("name", "type", "description", "stateful", "group", "dependsOn", "connectsTo",
                "requiresUniqueIdsFor", "mem"), List.copyOf(attributes.keySet()));
        assertEquals("webapp", ((StringValue) attributes.get("type")).getValue());
        assertEquals("front", ((StringValue) attributes.get("group")).getValue());
        assertEquals(1, ((ListValue) attributes.get("dependsOn")).getElements().size());
    }

    @Test
    void absentAttributesAreAbsent() {
        Map<String, Value> attributes = ServiceAttributes.of(service("service plain { }", "plain"));
        assertEquals(List.of("name"), List.copyOf(attributes.keySet()));
        assertFalse(ServiceAttributes.get(service("service plain { }", "plain"), "stateful").isPresent());
    }
}
