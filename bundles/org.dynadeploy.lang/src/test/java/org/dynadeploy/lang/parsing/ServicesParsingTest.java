package org.dynadeploy.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.IssueAssertions;
import org.dynadeploy.lang.tests.ServicesInjectorProvider;
import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Properties;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ServicesInjectorProvider.class)
class ServicesParsingTest {

    @Inject
    private ParseHelper<ServicesModel> parser;

    @Inject
    private ValidationTestHelper validator;

    private ServicesModel example() throws Exception {
        ServicesModel model = parser.parse(ExampleModels.text("services.services"));
        assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
        return model;
    }

    @Test
    void groupsNestAndCarryTitleAndDescription() throws Exception {
        Group databases = example().getGroups().get(0);
        assertEquals("databases", databases.getName());
        assertEquals("Databases", databases.getTitle());
        assertEquals("Storage of every subsystem", databases.getDescription());
        Group archive = databases.getGroups().get(0);
        assertEquals("archive", archive.getName());
        assertNull(archive.getTitle());
        assertEquals("databases/archive", GroupPaths.of(archive.getServices().get(0)));
    }

    @Test
    void serviceClauses() throws Exception {
        ServicesModel model = example();
        Service roomsdb = model.getGroups().get(0).getServices().get(0);
        assertEquals("mysql-database", roomsdb.getType());
        assertEquals("Rooms database", roomsdb.getDescription());
        assertTrue(roomsdb.isStateful());
        Service rooms = model.getServices().get(0);
        assertEquals("tomcat-webapplication", rooms.getType());
        assertFalse(rooms.isStateful());
        assertEquals(List.of(roomsdb), rooms.getDependsOn());
        assertEquals("stafftracker", rooms.getConnectsTo().get(0).getName());
        assertEquals(List.of("ports", "uids"), rooms.getRequiresIds());
        Service stafftracker = model.getServices().get(1);
        assertEquals(List.of("rooms", "archivedb"), stafftracker.getDependsOn().stream().map(Service::getName).toList());
    }

    @Test
    void everyKindOfValue() throws Exception {
        Service rooms = example().getServices().get(0);
        assertEquals(262144L, ((IntValue) value(rooms, "requireMem")).getValue());
        assertEquals(-3L, ((IntValue) value(rooms, "offset")).getValue());
        assertEquals(1.5, ((FloatValue) value(rooms, "weight")).getValue());
        assertTrue(((BoolValue) value(rooms, "public")).isValue());
        assertFalse(((BoolValue) value(rooms, "internal")).isValue());
        assertEquals("Rooms", ((StringValue) value(rooms, "display name")).getValue());
        assertEquals(1, ((ListValue) value(rooms, "zones")).getElements().size());
        AttrsValue settings = (AttrsValue) value(rooms, "settings");
        assertEquals(4, settings.getProperties().size());
        AttrsValue nested = (AttrsValue) Properties.get(settings.getProperties(), "nested").orElseThrow();
        assertTrue(((ListValue) nested.getProperties().get(0).getValue()).getElements().isEmpty());
    }

    @Test
    void docsConfiguration() throws Exception {
        var docs = example().getDocs();
        assertEquals(List.of("description", "type", "stateful", "dependsOn", "connectsTo", "ids", "group", "requireMem"),
                docs.getFields());
        assertEquals("Memory", docs.getHeaders().get(1).getHeader());
        assertEquals("databases/archive", docs.getGroupTitles().get(1).getGroup());
    }

    @Test
    void serviceWithoutTypeOrClauses() throws Exception {
        ServicesModel model = parser.parse("service plain { }\nservice \"quoted-name\" : \"quoted type\" { }");
        IssueAssertions.assertNoErrors(validator.validate(model.eResource()));
        assertNull(model.getServices().get(0).getType());
        assertEquals("quoted-name", model.getServices().get(1).getName());
        assertEquals("quoted type", model.getServices().get(1).getType());
    }

    @Test
    void syntaxErrorsAreReported() throws Exception {
        ServicesModel model = parser.parse("service broken { dependsOn }");
        assertFalse(model.eResource().getErrors().isEmpty());
    }

    private static org.dynadeploy.model.Value value(Service service, String name) {
        return Properties.get(service.getProperties(), name).orElseThrow();
    }

    @Test
    void secretsParse() throws Exception {
        ServicesModel model = parser.parse("service s { password = env(\"PW\") key = secret(\"db/key\") }");
        assertTrue(model.eResource().getErrors().isEmpty());
        assertInstanceOf(org.dynadeploy.model.SecretValue.class, model.getServices().get(0).getProperties().get(0).getValue());
    }
}
