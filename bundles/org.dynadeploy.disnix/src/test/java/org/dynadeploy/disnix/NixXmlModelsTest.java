package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.model.support.Properties;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class NixXmlModelsTest {

    private static String expr(String body) {
        return "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n" + body + "\n</expr>\n";
    }

    private static String attr(String name, String value) {
        return "<attr name=\"" + name + "\">" + value + "</attr>";
    }

    @Test
    void valuesOfEveryKind() {
        Value value = NixXmlValues.parse(expr("<attrs>"
                + attr("s", "<string value=\"a &amp; b&#xA;c\"/>")
                + attr("i", "<int value=\"-42\"/>")
                + attr("f", "<float value=\"1e+20\"/>")
                + attr("b", "<bool value=\"true\"/>")
                + attr("n", "<null/>")
                + attr("p", "<path value=\"/nix/store/x\"/>")
                + attr("d", "<derivation drvPath=\"/nix/store/a.drv\" outPath=\"/nix/store/a\"><repeated/></derivation>")
                + attr("l", "<list><int value=\"1\"/><attrs>" + attr("k", "<string value=\"v\"/>") + "</attrs></list>")
                + "</attrs>"), "values.xml");
        AttrsValue attrs = (AttrsValue) value;
        assertEquals(List.of("s", "i", "f", "b", "p", "d", "l"), attrs.getProperties().stream().map(p -> p.getName()).toList());
        assertEquals("a & b\nc", ((StringValue) get(attrs, "s")).getValue());
        assertEquals(-42, ((IntValue) get(attrs, "i")).getValue());
        assertEquals(1e20, ((FloatValue) get(attrs, "f")).getValue());
        assertTrue(((BoolValue) get(attrs, "b")).isValue());
        assertEquals("/nix/store/x", ((StringValue) get(attrs, "p")).getValue());
        assertEquals("/nix/store/a", ((StringValue) get(attrs, "d")).getValue());
        assertInstanceOf(AttrsValue.class, ((ListValue) get(attrs, "l")).getElements().get(1));
        assertNull(NixXmlValues.parse(expr("<null/>"), "null.xml"));
    }

    @Test
    void functionsAreRejectedAtTheirPosition() {
        DisnixFormatException error = formatError(() -> NixXmlModels.infrastructure(expr("<attrs>"
                + "<attr name=\"t\" line=\"3\" column=\"7\" path=\"/m/infra.nix\"><function><attrspat/></function></attr>"
                + "</attrs>"), "infra.nix"));
        assertEquals("/m/infra.nix:3:7: attribute 't' is a function, but the model must evaluate to plain data; check"
                + " that the file is the right kind of model (a function such as a distribution needs its arguments)",
                error.getMessage());
    }

    @Test
    void infrastructureFromNixXml() {
        InfrastructureModel model = NixXmlModels.infrastructure(TestSupport.resource("infrastructure-nix.xml"),
                "/models/infrastructure.nix");
        Target test1 = model.getTargets().get(0);
        assertEquals("test1", test1.getName());
        assertEquals(2, test1.getNumOfCores());
        assertEquals("x86_64-linux", test1.getSystem());
        assertEquals(List.of("hostname", "mem", "supportedTypes", "cpu", "ssd"),
                test1.getProperties().stream().map(p -> p.getName()).toList());
        assertEquals(3306, ((IntValue) Properties.get(test1.getContainers().get(0).getProperties(), "mysqlPort").get())
                .getValue());
        assertEquals("hostname", model.getTargets().get(1).getTargetProperty());

        // the imported model writes as XML and reads back equal
        InfrastructureModel back = InfrastructureXml.read(InfrastructureXml.write(model), "back.xml");
        assertTrue(EcoreUtil.equals(model, back));
    }

    @Test
    void infrastructureErrorsPointIntoTheNixFile() {
        String xml = expr("<attrs><attr name=\"t\" line=\"2\" column=\"3\" path=\"/m/i.nix\"><attrs>"
                + "<attr name=\"properties\" line=\"3\" column=\"5\" path=\"/m/i.nix\"><attrs/></attr>"
                + "<attr name=\"numOfCores\" line=\"4\" column=\"5\" path=\"/m/i.nix\"><string value=\"2\"/></attr>"
                + "</attrs></attr></attrs>");
        assertEquals("/m/i.nix:4:5: numOfCores of target 't' must be an integer, not a string",
                formatError(() -> NixXmlModels.infrastructure(xml, "/m/i.nix")).getMessage());
        String unknown = expr("<attrs><attr name=\"t\" line=\"2\" column=\"3\" path=\"/m/i.nix\"><attrs>"
                + "<attr name=\"properties\" line=\"3\" column=\"5\" path=\"/m/i.nix\"><attrs/></attr>"
                + "<attr name=\"hostname\" line=\"4\" column=\"5\" path=\"/m/i.nix\"><string value=\"x\"/></attr>"
                + "</attrs></attr></attrs>");
        assertEquals("/m/i.nix:4:5: target 't' has the attribute 'hostname', which Disnix does not know; move it into"
                + " properties", formatError(() -> NixXmlModels.infrastructure(unknown, "/m/i.nix")).getMessage());
        assertEquals("i.nix: the infrastructure model must be an attribute set, not a list",
                formatError(() -> NixXmlModels.infrastructure(expr("<list/>"), "i.nix")).getMessage());
    }

    @Test
    void flatTargetsWithoutPropertiesAreReadAsProperties() {
        InfrastructureModel model = NixXmlModels.infrastructure(expr("<attrs>" + attr("t", "<attrs>"
                + attr("hostname", "<string value=\"t.local\"/>") + attr("system", "<string value=\"i686-linux\"/>")
                + "</attrs>") + "</attrs>"), "flat.nix");
        Target target = model.getTargets().get(0);
        assertEquals("i686-linux", target.getSystem());
        assertEquals("t.local", ((StringValue) Properties.get(target.getProperties(), "hostname").get()).getValue());
    }

    @Test
    void idResourcesFromNixXml() {
        IdResourcesModel model = NixXmlModels.idResources(expr("<attrs>"
                + attr("ports", "<attrs>" + attr("max", "<int value=\"4000\"/>") + attr("min", "<int value=\"3000\"/>")
                        + attr("scope", "<string value=\"global\"/>") + "</attrs>")
                + attr("uids", "<attrs>" + attr("max", "<int value=\"3000\"/>") + attr("min", "<int value=\"2000\"/>")
                        + attr("scope", "<string value=\"machine\"/>") + attr("step", "<int value=\"0\"/>") + "</attrs>")
                + "</attrs>"), "idresources.nix");
        assertEquals(3000, model.getResources().get(0).getMin());
        assertEquals(Scope.MACHINE, model.getResources().get(1).getScope());
        assertEquals(1, model.getResources().get(1).getStep());
        assertEquals("idresources.nix: resource 'p' has no max; give it min = N; and max = N;",
                formatError(() -> NixXmlModels.idResources(expr("<attrs>" + attr("p", "<attrs>"
                        + attr("min", "<int value=\"1\"/>") + "</attrs>") + "</attrs>"), "idresources.nix")).getMessage());
    }

    @Test
    void idsFromNixXmlMatchTheXmlForm() {
        IdsModel fromNix = NixXmlModels.ids(expr("<attrs>"
                + attr("ids", "<attrs>" + attr("gids", "<attrs/>") + attr("ports", "<attrs>"
                        + attr("testService1", "<int value=\"3000\"/>") + attr("testService2", "<int value=\"3001\"/>")
                        + "</attrs>") + "</attrs>")
                + attr("lastAssignments", "<attrs>" + attr("ports", "<int value=\"3001\"/>") + "</attrs>")
                + attr("lastAssignmentsPerTarget", "<attrs>" + attr("test1", "<attrs>"
                        + attr("uids", "<int value=\"2010\"/>") + "</attrs>") + "</attrs>")
                + "</attrs>"), "ids.nix");
        assertTrue(EcoreUtil.equals(IdsXml.read(TestSupport.resourcePath("ids.xml")), fromNix));
    }

    @Test
    void docsConfigFromNixXmlMatchesTheXmlForm() {
        DocsConfig fromNix = NixXmlModels.docsConfig(expr("<attrs>"
                + attr("descriptions", "<attrs>" + attr("description", "<string value=\"Description\"/>")
                        + attr("requireMem", "<string value=\"Memory\"/>") + attr("type", "<string value=\"Type\"/>")
                        + "</attrs>")
                + attr("fields", "<list><string value=\"type\"/><string value=\"description\"/>"
                        + "<string value=\"requireMem\"/></list>")
                + attr("groups", "<attrs>" + attr("backend", "<string value=\"Back end\"/>")
                        + attr("backend/storage", "<string value=\"Storage\"/>") + "</attrs>")
                + "</attrs>"), "docs.nix");
        assertEquals(TestSupport.resource("docs-config.xml"), DocsConfigXml.write(fromNix));
    }

    @Test
    void distributionFromNixXmlResolvesTargetsByIdentifier() {
        ModelSet models = ModelSet.of(List.of(new ServicesXml().read(TestSupport.resourcePath("services.xml")),
                InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"))));
        // the infrastructure XML names its targets' hostnames test1.example.org and test2.example.org
        List<String> warnings = new ArrayList<>();
        DistributionModel model = NixXmlModels.distribution(TestSupport.resource("distribution-nix.xml"),
                "/models/distribution.nix", models.servicesByName(), models.targetsByName(), warnings);
        assertEquals(List.of("/models/distribution.nix:10:3: warning: service 'oldService' is not in the services"
                + " model; its mapping is ignored"), warnings);
        DistributionModel expected = DistributionXml.read(TestSupport.resourcePath("distribution.xml"),
                models.servicesByName(), models.targetsByName(), new ArrayList<>());
        assertEquals(DistributionXml.write(expected), DistributionXml.write(model));
    }

    @Test
    void distributionTargetResolutionUsesTheTargetsOwnTargetProperty() {
        InfrastructureModel infrastructure = NixXmlModels.infrastructure(expr("<attrs>"
                + attr("a", "<attrs>" + attr("properties", "<attrs>" + attr("hostname", "<string value=\"same\"/>")
                        + attr("ip", "<string value=\"10.0.0.1\"/>") + "</attrs>")
                        + attr("targetProperty", "<string value=\"ip\"/>") + "</attrs>")
                + attr("b", "<attrs>" + attr("properties", "<attrs>" + attr("hostname", "<string value=\"same\"/>")
                        + "</attrs>") + "</attrs>")
                + "</attrs>"), "infra.nix");
        ModelSet models = ModelSet.of(List.of(new ServicesXml().read(TestSupport.resourcePath("services.xml")),
                infrastructure));
        String targetA = "<attrs>" + attr("properties", "<attrs>" + attr("hostname", "<string value=\"same\"/>")
                + attr("ip", "<string value=\"10.0.0.1\"/>") + "</attrs>") + attr("targetProperty", "<string value=\"ip\"/>")
                + "</attrs>";
        String targetB = "<attrs>" + attr("properties", "<attrs>" + attr("hostname", "<string value=\"same\"/>")
                + "</attrs>") + "</attrs>";
        DistributionModel model = NixXmlModels.distribution(expr("<attrs>"
                + attr("helloLib", "<list>" + targetB + targetA + "<string value=\"a\"/></list>") + "</attrs>"),
                "dist.nix", models.servicesByName(), models.targetsByName(), new ArrayList<>());
        assertEquals(List.of("b", "a", "a"),
                model.getMappings().get(0).getTargets().stream().map(t -> t.getTarget().getName()).toList());
    }

    @Test
    void distributionErrors() {
        ModelSet models = ModelSet.of(List.of(new ServicesXml().read(TestSupport.resourcePath("services.xml")),
                InfrastructureXml.read(TestSupport.resourcePath("infrastructure.xml"))));
        String wrongType = expr("<attrs><attr name=\"helloLib\" line=\"3\" column=\"3\" path=\"/d.nix\">"
                + "<string value=\"test1\"/></attr></attrs>");
        assertEquals("/d.nix:3:3: targets has the wrong type: service 'helloLib' is mapped to a string; write a list"
                + " of targets [ infrastructure.t1 ... ] or { targets = [ { target = infrastructure.t1; container ="
                + " \"c\"; } ]; }", formatError(() -> NixXmlModels.distribution(wrongType, "/d.nix",
                        models.servicesByName(), models.targetsByName(), new ArrayList<>())).getMessage());
        String unknownHost = expr("<attrs><attr name=\"helloLib\" line=\"3\" column=\"3\" path=\"/d.nix\"><list><attrs>"
                + attr("properties", "<attrs>" + attr("hostname", "<string value=\"elsewhere\"/>") + "</attrs>")
                + "</attrs></list></attr></attrs>");
        assertEquals("/d.nix:3:3: service 'helloLib' is mapped to the target with hostname 'elsewhere', which no"
                + " target of the infrastructure model has", formatError(() -> NixXmlModels.distribution(unknownHost,
                        "/d.nix", models.servicesByName(), models.targetsByName(), new ArrayList<>())).getMessage());
    }

    @Test
    void malformedNixXml() {
        assertTrue(formatError(() -> NixXmlValues.parse("<expr><int value=\"1\"/>", "x.xml")).getMessage()
                .startsWith("x.xml:1:"));
        assertEquals("x.xml:1:7: the model has type 'int' but its value 'one' is not an integer",
                formatError(() -> NixXmlValues.parse("<expr><int value=\"one\"/></expr>", "x.xml")).getMessage());
        assertEquals("x.xml:1:1: <expr> must contain exactly one value, not 2",
                formatError(() -> NixXmlValues.parse("<expr><null/><null/></expr>", "x.xml")).getMessage());
    }

    private static Value get(AttrsValue attrs, String name) {
        return Properties.get(attrs.getProperties(), name).get();
    }
}
