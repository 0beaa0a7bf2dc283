package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.dynadeploy.disnix.TestSupport.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.SecretSource;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Services;
import org.dynadeploy.model.support.Values;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesXmlTest {

    private final ServicesXml xml = new ServicesXml();

    private ServicesModel sample() {
        return xml.read(TestSupport.resourcePath("services.xml"));
    }

    private static Map<String, Service> byName(ServicesModel model) {
        return Services.all(model).stream().collect(Collectors.toMap(Service::getName, s -> s));
    }

    @Test
    void readsDedicatedAttributesGroupsAndReferences() {
        ServicesModel model = sample();
        Map<String, Service> services = byName(model);
        assertEquals(3, services.size());

        Service db = services.get("HelloDBService");
        assertEquals("mysql-database", db.getType());
        assertEquals("backend/storage", GroupPaths.of(db));
        assertTrue(db.isStateful());
        assertEquals(List.of("uids"), db.getRequiresIds());
        assertTrue(db.getProperties().isEmpty());

        Service web = services.get("HelloWorld");
        assertEquals("tomcat-webapplication", web.getType());
        assertEquals("Says hello & greets <everyone>", web.getDescription());
        assertEquals("frontend", GroupPaths.of(web));
        assertFalse(web.isStateful());
        assertEquals(List.of("ports", "uids"), web.getRequiresIds());
        assertEquals(List.of(db, services.get("helloLib")), web.getDependsOn());
        assertEquals(List.of(services.get("helloLib")), web.getConnectsTo());
        assertEquals(List.of("requireMem", "requireZones", "weight", "public", "config"),
                web.getProperties().stream().map(p -> p.getName()).toList());
        assertEquals(262144, ((IntValue) Properties.get(web.getProperties(), "requireMem").get()).getValue());
        assertEquals(0.5, ((FloatValue) Properties.get(web.getProperties(), "weight").get()).getValue());
        ListValue zones = (ListValue) Properties.get(web.getProperties(), "requireZones").get();
        assertTrue(Values.nixEquals(list(Values.string("US"), Values.string("Asia")), zones));
        AttrsValue config = (AttrsValue) Properties.get(web.getProperties(), "config").get();
        ListValue hosts = (ListValue) Properties.get(config.getProperties(), "hosts").get();
        assertInstanceOf(AttrsValue.class, hosts.getElements().get(1));

        // nested groups: backend contains storage; the services model has backend and frontend
        assertEquals(List.of("backend", "frontend"), model.getGroups().stream().map(Group::getName).toList());
        Group backend = model.getGroups().get(0);
        assertEquals("storage", backend.getGroups().get(0).getName());
        assertEquals("helloLib", backend.getServices().get(0).getName());
    }

    @Test
    void roundTripGivesEqualModels() {
        ServicesModel first = sample();
        String written = xml.write(first);
        ServicesModel second = xml.read(written, "written.xml");
        assertTrue(EcoreUtil.equals(first, second), written);
        assertEquals(written, xml.write(second));
    }

    @Test
    void writesTheExactShape() {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service db = service("db");
        db.setType("mysql");
        db.setStateful(true);
        model.getServices().add(db);
        Service web = service("web");
        web.setType("webapp");
        web.setDescription("A <web> & \"app\"");
        web.getDependsOn().add(db);
        web.getRequiresIds().add("ports");
        web.getProperties().add(Values.property("mem", Values.integer(1024)));
        GroupPaths.servicesListFor(model, "frontend").add(web);

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <services>
                  <service name="db">
                    <property name="dependsOn"/>
                    <property name="connectsTo"/>
                    <property name="type" type="string">mysql</property>
                    <property name="stateful" type="bool">true</property>
                  </service>
                  <service name="web">
                    <property name="dependsOn">
                      <dependency>db</dependency>
                    </property>
                    <property name="connectsTo"/>
                    <property name="type" type="string">webapp</property>
                    <property name="description" type="string">A &lt;web&gt; &amp; "app"</property>
                    <property name="group" type="string">frontend</property>
                    <property name="requiresUniqueIdsFor" type="list">
                      <elem type="string">ports</elem>
                    </property>
                    <property name="mem" type="int">1024</property>
                  </service>
                </services>
                """, xml.write(model));
    }

    @Test
    void writesServicesInByteOrder() {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        for (String name : List.of("b", "\u00e9t\u00e9", "a", "B", "_x", "z")) {
            model.getServices().add(service(name));
        }
        ServicesModel back = xml.read(xml.write(model), "order.xml");
        assertEquals(List.of("B", "_x", "a", "b", "z", "\u00e9t\u00e9"),
                back.getServices().stream().map(Service::getName).toList());
    }

    @Test
    void escapesAndRoundTripsAwkwardText() {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = service("odd&<name>\"'");
        service.setDescription("line 1\nline 2\r\n\ttabbed ]]> & <tag> \"quoted\" \ud83d\ude80");
        service.getProperties().add(Values.property("empty", Values.string("")));
        service.getProperties().add(Values.property("spaces", Values.string("  padded  ")));
        service.getProperties().add(Values.property("attr\nname", Values.string("x")));
        model.getServices().add(service);
        String written = xml.write(model);
        ServicesModel back = xml.read(written, "odd.xml");
        assertTrue(EcoreUtil.equals(model, back), written);
    }

    @Test
    void customIdsPropertyIsUsedForReadingAndWriting() {
        ServicesXml custom = new ServicesXml("uniqueIds");
        ServicesModel model = custom.read("""
                <services>
                  <service name="a">
                    <property name="uniqueIds" type="list"><elem type="string">ports</elem></property>
                    <property name="requiresUniqueIdsFor" type="list"><elem type="string">uids</elem></property>
                  </service>
                </services>
                """, "custom.xml");
        Service a = model.getServices().get(0);
        assertEquals(List.of("ports"), a.getRequiresIds());
        assertEquals(List.of("requiresUniqueIdsFor"), a.getProperties().stream().map(p -> p.getName()).toList());
        String written = custom.write(model);
        assertTrue(written.contains("<property name=\"uniqueIds\" type=\"list\">"), written);
    }

    @Test
    void readsFromAFileAndReportsAMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("services.xml");
        Files.writeString(file, xml.write(sample()));
        assertEquals(3, Services.all(xml.read(file)).size());
        DisnixFormatException error = formatError(() -> xml.read(dir.resolve("missing.xml")));
        assertEquals(dir.resolve("missing.xml") + ": the services XML file does not exist", error.getMessage());
    }

    @Test
    void wrongScalarTypeIsReportedWithPosition() {
        DisnixFormatException error = formatError(() -> xml.read("""
                <?xml version="1.0"?>
                <services>
                  <service name="a">
                    <property name="dependsOn"/>
                    <property name="mem" type="int">abc</property>
                  </service>
                </services>
                """, "services.xml"));
        assertEquals("services.xml:5:5: property 'mem' has type 'int' but its value 'abc' is not an integer",
                error.getMessage());
        assertEquals(5, error.getLine());
        assertEquals(5, error.getColumn());
        assertEquals("services.xml", error.getFile());
    }

    @Test
    void otherTypeErrorsArePositioned() {
        assertEquals("s.xml:2:21: property 'x' has type 'bool' but its value 'yes' is neither 'true' nor 'false'",
                formatError(() -> xml.read("<services>\n  <service name=\"a\"><property name=\"x\" type=\"bool\">yes</property>"
                        + "</service></services>", "s.xml")).getMessage());
        assertEquals("s.xml:1:29: property 'x' has type 'float' but its value '1,5' is not a number",
                formatError(() -> xml.read("<services><service name=\"a\"><property name=\"x\" type=\"float\">1,5</property>"
                        + "</service></services>", "s.xml")).getMessage());
        assertEquals("s.xml:1:85: element 2 of property 'x' has type 'int' but its value 'two' is not an integer",
                formatError(() -> xml.read("<services><service name=\"a\"><property name=\"x\" type=\"list\"><elem type=\"int\">1</elem>"
                        + "<elem type=\"int\">two</elem></property></service></services>", "s.xml")).getMessage());
        assertEquals("s.xml:1:61: property 'x.y' has unknown type 'number'; use one of string, int, float, bool, list, attrs",
                formatError(() -> xml.read("<services><service name=\"a\"><property name=\"x\" type=\"attrs\">"
                        + "<property name=\"y\" type=\"number\">1</property></property></service></services>", "s.xml"))
                        .getMessage());
        assertEquals("s.xml:1:29: property 'stateful' must have type 'bool', not 'string'",
                formatError(() -> xml.read("<services><service name=\"a\"><property name=\"stateful\" type=\"string\">yes"
                        + "</property></service></services>", "s.xml")).getMessage());
    }

    @Test
    void unknownDependencyIsAnError() {
        DisnixFormatException error = formatError(() -> xml.read("""
                <services>
                  <service name="a">
                    <property name="dependsOn">
                      <dependency>ghost</dependency>
                    </property>
                  </service>
                </services>
                """, "deps.xml"));
        assertEquals("deps.xml:4:7: service 'a' has unknown service 'ghost' in dependsOn; define a service named"
                + " 'ghost' or remove the dependency", error.getMessage());
    }

    @Test
    void duplicatesAreErrors() {
        assertEquals("d.xml:3:3: service 'a' is defined twice (first at line 2); service names must be unique",
                formatError(() -> xml.read("<services>\n  <service name=\"a\"/>\n  <service name=\"a\"/>\n</services>",
                        "d.xml")).getMessage());
        assertTrue(formatError(() -> xml.read("<services><service name=\"a\"><property name=\"x\">1</property>"
                + "<property name=\"x\">2</property></service></services>", "d.xml")).getMessage()
                .contains("property 'x' of service 'a' is defined twice"));
    }

    @Test
    void emptyFileIsReportedAtTheFirstPosition() {
        assertEquals("empty.xml:1:1: The services XML file is empty; it must contain a <services> element",
                formatError(() -> xml.read("", "empty.xml")).getMessage());
        assertEquals("blank.xml:1:1: The services XML file is empty; it must contain a <services> element",
                formatError(() -> xml.read("  \n\n ", "blank.xml")).getMessage());
        assertEquals("decl.xml:1:1: The services XML file is empty; it must contain a <services> element",
                formatError(() -> xml.read("<?xml version=\"1.0\"?>\n<!-- nothing -->\n", "decl.xml")).getMessage());
    }

    @Test
    void wrongRootElementIsReported() {
        assertEquals("infra.xml:2:1: the root element is <infrastructure>, but a services XML file must start with"
                + " <services>; is this the right file?",
                formatError(() -> xml.read("<?xml version=\"1.0\"?>\n<infrastructure version=\"2\"/>", "infra.xml"))
                        .getMessage());
    }

    @Test
    void malformedXmlCarriesLineAndColumn() {
        DisnixFormatException error = formatError(() -> xml.read("<services>\n  <service name=\"a\">\n</services>\n",
                "broken.xml"));
        assertEquals(3, error.getLine());
        assertTrue(error.getColumn() > 0);
        assertTrue(error.getMessage().startsWith("broken.xml:3:"), error.getMessage());
        assertTrue(error.getDetail().startsWith("malformed services XML: "), error.getMessage());
        assertFalse(error.getMessage().contains("\tat "), error.getMessage());
    }

    @Test
    void unexpectedElementsAndTextAreReported() {
        assertEquals("u.xml:1:11: unexpected element <servce> in <services>; expected <service>",
                formatError(() -> xml.read("<services><servce name=\"a\"/></services>", "u.xml")).getMessage());
        assertEquals("u.xml:1:1: <services> contains text 'hello', but only elements are allowed there",
                formatError(() -> xml.read("<services>hello</services>", "u.xml")).getMessage());
        assertEquals("u.xml:1:11: <service> has no 'name' attribute; add name=\"...\"",
                formatError(() -> xml.read("<services><service/></services>", "u.xml")).getMessage());
    }

    @Test
    void xxeDocumentIsRejectedWithoutReadingTheEntity() {
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE services [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <services>
                  <service name="a">
                    <property name="description" type="string">&xxe;</property>
                  </service>
                </services>
                """;
        DisnixFormatException error = formatError(() -> xml.read(attack, "xxe.xml"));
        assertEquals("xxe.xml:2:1: DOCTYPE declarations are not allowed in services XML files (entities are never"
                + " expanded); remove the <!DOCTYPE ...> declaration", error.getMessage());
        assertFalse(error.getMessage().contains("root:"));
    }

    @Test
    void xxeFileIsRejectedAndBadFileErrorsNameThePath() {
        Path xxe = TestSupport.resourcePath("xxe-services.xml");
        DisnixFormatException error = formatError(() -> xml.read(xxe));
        assertEquals(xxe + ":3:1: DOCTYPE declarations are not allowed in services XML files (entities are never"
                + " expanded); remove the <!DOCTYPE ...> declaration", error.getMessage());
        Path bad = TestSupport.resourcePath("bad-type-services.xml");
        assertEquals(bad + ":6:5: property 'requireMem' has type 'int' but its value 'lots' is not an integer",
                formatError(() -> xml.read(bad)).getMessage());
    }

    @Test
    void honoursTheDeclaredEncoding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.xml");
        Files.write(file, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<services><service name=\"caf\u00e9\"/>"
                + "</services>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("caf\u00e9", xml.read(file).getServices().get(0).getName());
    }

    @Test
    void externalDtdAndParameterEntitiesAreRejected() {
        assertTrue(formatError(() -> xml.read("<!DOCTYPE services SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<services/>",
                "dtd.xml")).getMessage().startsWith("dtd.xml:1:1: DOCTYPE declarations are not allowed"));
        assertTrue(formatError(() -> xml.read("<!DOCTYPE services [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"
                + "<services/>", "pe.xml")).getMessage().contains("DOCTYPE declarations are not allowed"));
        // an undeclared entity reference without a DOCTYPE is a plain syntax error
        DisnixFormatException error = formatError(() -> xml.read("<services>&xxe;</services>", "ent.xml"));
        assertTrue(error.getMessage().startsWith("ent.xml:1:"), error.getMessage());
    }

    @Test
    void secretsAreNeverWritten() {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = service("a");
        SecretValue secret = ModelFactory.eINSTANCE.createSecretValue();
        secret.setSource(SecretSource.ENV);
        secret.setKey("DB_PASSWORD");
        service.getProperties().add(Values.property("password", secret));
        model.getServices().add(service);
        DisnixFormatException error = formatError(() -> xml.write(model));
        assertEquals("property 'password' of service 'a' holds a secret; secrets are resolved only by augment-infra"
                + " and are never written to a file", error.getMessage());
    }

    @Test
    void writerRefusesReservedPropertyNamesAndUnrepresentableCharacters() {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = service("a");
        service.getProperties().add(Values.property("group", Values.string("x")));
        model.getServices().add(service);
        assertTrue(formatError(() -> xml.write(model)).getMessage().contains("reserves"));

        service.getProperties().clear();
        service.getProperties().add(Values.property("bell", Values.string("\u0007")));
        assertTrue(formatError(() -> xml.write(model)).getMessage().contains("U+0007"));
    }

    @Test
    void emptyGroupSegmentsAreRejected() {
        assertTrue(formatError(() -> xml.read("<services><service name=\"a\"><property name=\"group\" type=\"string\">"
                + "a//b</property></service></services>", "g.xml")).getMessage().contains("empty path segment"));
    }

    @Test
    void untypedScalarIsAString() {
        ServicesModel model = xml.read("<services><service name=\"a\"><property name=\"x\">42</property>"
                + "<property name=\"name\" type=\"string\">a</property></service></services>", "u.xml");
        assertEquals("42", ((StringValue) model.getServices().get(0).getProperties().get(0).getValue()).getValue());
        assertEquals(1, model.getServices().get(0).getProperties().size());
    }

    private static Service service(String name) {
        Service service = ModelFactory.eINSTANCE.createService();
        service.setName(name);
        return service;
    }
}
