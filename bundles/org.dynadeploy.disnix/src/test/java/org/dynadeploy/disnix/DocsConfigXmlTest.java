package org.dynadeploy.disnix;

import static org.dynadeploy.disnix.TestSupport.formatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.FieldHeader;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.GroupTitle;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.Services;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class DocsConfigXmlTest {

    @Test
    void readsGroupsFieldsAndDescriptions() {
        DocsConfig config = DocsConfigXml.read(TestSupport.resourcePath("docs-config.xml"));
        assertEquals(List.of("backend", "backend/storage"), config.getGroupTitles().stream().map(GroupTitle::getGroup).toList());
        assertEquals("Storage", config.getGroupTitles().get(1).getTitle());
        assertEquals(List.of("type", "description", "requireMem"), config.getFields());
        assertEquals(List.of("description", "requireMem", "type"), config.getHeaders().stream().map(FieldHeader::getField).toList());
        assertEquals("Memory", config.getHeaders().get(1).getHeader());
    }

    @Test
    void roundTripAndExactShape() {
        DocsConfig first = DocsConfigXml.read(TestSupport.resourcePath("docs-config.xml"));
        String written = DocsConfigXml.write(first);
        assertEquals(TestSupport.resource("docs-config.xml"), written);
        assertTrue(EcoreUtil.equals(first, DocsConfigXml.read(written, "w.xml")));
    }

    @Test
    void servicesModelGroupTitlesAreMergedAndExplicitEntriesWin() {
        ServicesModel model = new ServicesXml().read(TestSupport.resourcePath("services.xml"));
        for (Group group : Services.allGroups(model)) {
            group.setTitle("Title of " + group.getName());
        }
        DocsConfig docs = ModelFactory.eINSTANCE.createDocsConfig();
        GroupTitle explicit = ModelFactory.eINSTANCE.createGroupTitle();
        explicit.setGroup("backend/storage");
        explicit.setTitle("Databases");
        docs.getGroupTitles().add(explicit);
        docs.getFields().add("type");
        FieldHeader header = ModelFactory.eINSTANCE.createFieldHeader();
        header.setField("type");
        header.setHeader("Kind");
        docs.getHeaders().add(header);
        model.setDocs(docs);

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <docs-config>
                  <groups>
                    <group name="backend">Title of backend</group>
                    <group name="backend/storage">Databases</group>
                    <group name="frontend">Title of frontend</group>
                  </groups>
                  <fields>
                    <field>type</field>
                  </fields>
                  <descriptions>
                    <type>Kind</type>
                  </descriptions>
                </docs-config>
                """, DocsConfigXml.writeDocsConfig(model));
        // the services model is not changed by merging
        assertEquals(1, model.getDocs().getGroupTitles().size());
    }

    @Test
    void emptyServicesModelGivesEmptySections() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <docs-config>
                  <groups/>
                  <fields/>
                  <descriptions/>
                </docs-config>
                """, DocsConfigXml.writeDocsConfig(ModelFactory.eINSTANCE.createServicesModel()));
    }

    @Test
    void fieldsThatAreNoXmlNamesCannotGetHeaders() {
        DocsConfig docs = ModelFactory.eINSTANCE.createDocsConfig();
        FieldHeader header = ModelFactory.eINSTANCE.createFieldHeader();
        header.setField("1st field");
        header.setHeader("First");
        docs.getHeaders().add(header);
        assertTrue(formatError(() -> DocsConfigXml.write(docs)).getMessage().contains("not a valid XML name"));
    }

    @Test
    void errors() {
        assertEquals("d.xml:1:22: unexpected element <title> in <groups>; expected <group>",
                formatError(() -> DocsConfigXml.read("<docs-config><groups><title/></groups></docs-config>", "d.xml"))
                        .getMessage());
        assertEquals("d.xml:1:1: The docs config XML file is empty; it must contain a <docs-config> element",
                formatError(() -> DocsConfigXml.read(" ", "d.xml")).getMessage());
    }
}
