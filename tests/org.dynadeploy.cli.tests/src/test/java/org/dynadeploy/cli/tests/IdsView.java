package org.dynadeploy.cli.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The content of an ids XML document (dydisnix-id-assign --output-xml) as maps, for assertions:
 * resource → service → id, resource → last id, target → resource → last id.
 */
record IdsView(Map<String, Map<String, Long>> ids, Map<String, Long> last, Map<String, Map<String, Long>> lastPerTarget) {

    static IdsView parse(String xml) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            Map<String, Map<String, Long>> ids = new TreeMap<>();
            Map<String, Long> last = new TreeMap<>();
            Map<String, Map<String, Long>> perTarget = new TreeMap<>();
            for (Element section : children(root)) {
                switch (section.getTagName()) {
                    case "ids" -> children(section).forEach(r -> ids.put(r.getAttribute("name"), assignments(r)));
                    case "lastAssignments" -> last.putAll(assignments(section));
                    case "lastAssignmentsPerTarget" ->
                        children(section).forEach(t -> perTarget.put(t.getAttribute("name"), assignments(t)));
                    default -> throw new AssertionError("unexpected <" + section.getTagName() + ">");
                }
            }
            return new IdsView(ids, last, perTarget);
        } catch (Exception e) {
            throw new AssertionError("not an ids XML document:\n" + xml, e);
        }
    }

    /** {@code ports(3000, 3001, -1)}: testService1..3 with those ids (-1: none). */
    static Map<String, Long> ports(long... ids) {
        Map<String, Long> result = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) result.put("testService" + (i + 1), ids[i]);
        }
        return result;
    }

    private static Map<String, Long> assignments(Element element) {
        Map<String, Long> result = new TreeMap<>();
        children(element).forEach(a -> result.put(a.getAttribute("name"), Long.parseLong(a.getTextContent().strip())));
        return result;
    }

    private static java.util.List<Element> children(Element element) {
        java.util.List<Element> result = new java.util.ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) result.add(child);
        }
        return result;
    }
}
