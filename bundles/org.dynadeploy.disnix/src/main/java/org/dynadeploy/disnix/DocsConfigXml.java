package org.dynadeploy.disnix;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.FieldHeader;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.GroupTitle;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ByteOrder;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Services;

/**
 * The dydisnix docs configuration XML:
 * {@code <docs-config><groups><group name="path">Title</group></groups><fields><field>type</field></fields><descriptions><type>Type</type></descriptions></docs-config>}.
 * Group titles and headers are written in byte order, fields in their order.
 */
public final class DocsConfigXml {

    private static final String KIND = "docs config";

    private DocsConfigXml() {
    }

    public static DocsConfig read(Path file) {
        return read(XmlDocuments.parse(file, KIND));
    }

    /** Reads a document held in memory; {@code fileName} is used in messages. */
    public static DocsConfig read(String content, String fileName) {
        return read(XmlDocuments.parse(content, fileName, KIND));
    }

    private static DocsConfig read(XmlElement root) {
        XmlDocuments.expectRoot(root, "docs-config", KIND);
        root.expectChildren("groups", "fields", "descriptions");
        DocsConfig config = ModelFactory.eINSTANCE.createDocsConfig();
        XmlElement groups = root.optionalChild("groups");
        if (groups != null) {
            groups.expectChildren("group");
            Map<String, XmlElement> seen = new HashMap<>();
            for (XmlElement element : groups.children()) {
                String name = element.requireAttribute("name");
                XmlElement previous = seen.putIfAbsent(name, element);
                if (previous != null) {
                    throw element.error("group '" + name + "' has two titles (first at line " + previous.line()
                            + "); keep only one");
                }
                element.expectTextOnly();
                GroupTitle title = ModelFactory.eINSTANCE.createGroupTitle();
                title.setGroup(name);
                title.setTitle(element.text());
                config.getGroupTitles().add(title);
            }
        }
        XmlElement fields = root.optionalChild("fields");
        if (fields != null) {
            fields.expectChildren("field");
            for (XmlElement element : fields.children()) {
                element.expectTextOnly();
                config.getFields().add(element.text());
            }
        }
        XmlElement descriptions = root.optionalChild("descriptions");
        if (descriptions != null) {
            descriptions.expectNoText();
            Map<String, XmlElement> seen = new HashMap<>();
            for (XmlElement element : descriptions.children()) {
                XmlElement previous = seen.putIfAbsent(element.name(), element);
                if (previous != null) {
                    throw element.error("field '" + element.name() + "' has two headers (first at line "
                            + previous.line() + "); keep only one");
                }
                element.expectTextOnly();
                FieldHeader header = ModelFactory.eINSTANCE.createFieldHeader();
                header.setField(element.name());
                header.setHeader(element.text());
                config.getHeaders().add(header);
            }
        }
        return config;
    }

    public static String write(DocsConfig config) {
        XmlNode root = new XmlNode("docs-config");
        Map<String, String> titles = new TreeMap<>(ByteOrder.COMPARATOR);
        Map<String, String> headers = new TreeMap<>(ByteOrder.COMPARATOR);
        if (config != null) {
            for (GroupTitle title : config.getGroupTitles()) {
                titles.put(require(title.getGroup(), "group title"), title.getTitle() == null ? "" : title.getTitle());
            }
            for (FieldHeader header : config.getHeaders()) {
                headers.put(require(header.getField(), "field header"), header.getHeader() == null ? "" : header.getHeader());
            }
        }
        XmlNode groups = root.child("groups");
        titles.forEach((group, title) -> groups.child("group").attribute("name", group).text(title));
        XmlNode fields = root.child("fields");
        if (config != null) {
            for (String field : config.getFields()) {
                fields.child("field").text(field);
            }
        }
        XmlNode descriptions = root.child("descriptions");
        headers.forEach((field, header) -> {
            if (!XmlNode.isName(field)) {
                throw new DisnixFormatException("the header of field '" + field + "' cannot be written: the docs config"
                        + " XML uses field names as element names, and '" + field + "' is not a valid XML name");
            }
            descriptions.child(field).text(header);
        });
        return root.toDocument();
    }

    /**
     * The docs configuration of a services model: its {@link DocsConfig} with the titles of its
     * {@link Group}s added (keyed by full group path; the DocsConfig's own entries win).
     */
    public static String writeDocsConfig(ServicesModel model) {
        return write(merge(model));
    }

    /** The merged docs configuration of a services model (see {@link #writeDocsConfig(ServicesModel)}); a new object. */
    public static DocsConfig merge(ServicesModel model) {
        DocsConfig result = ModelFactory.eINSTANCE.createDocsConfig();
        Map<String, String> titles = new TreeMap<>(ByteOrder.COMPARATOR);
        for (Group group : Services.allGroups(model)) {
            if (group.getTitle() != null) {
                titles.put(GroupPaths.of(group), group.getTitle());
            }
        }
        DocsConfig docs = model.getDocs();
        if (docs != null) {
            for (GroupTitle title : docs.getGroupTitles()) {
                titles.put(require(title.getGroup(), "group title"), title.getTitle());
            }
            result.getFields().addAll(docs.getFields());
            for (FieldHeader header : docs.getHeaders()) {
                FieldHeader copy = ModelFactory.eINSTANCE.createFieldHeader();
                copy.setField(header.getField());
                copy.setHeader(header.getHeader());
                result.getHeaders().add(copy);
            }
        }
        titles.forEach((group, title) -> {
            GroupTitle entry = ModelFactory.eINSTANCE.createGroupTitle();
            entry.setGroup(group);
            entry.setTitle(title);
            result.getGroupTitles().add(entry);
        });
        return result;
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new DisnixFormatException("a " + what + " of the docs config has no name");
        }
        return value;
    }
}
