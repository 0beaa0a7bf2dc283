package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a generated catalog the way a browser would follow it: every HTML page and SVG file
 * parses as XML, and every href/src/usemap resolves to a file inside the output directory
 * and, with a fragment, to an element with that id there. No link may leave the catalog.
 */
final class SiteChecker {

    record Link(Path from, String value) {
    }

    private final Path root;
    private final Map<Path, Document> documents = new HashMap<>();
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    SiteChecker(Path root) throws Exception {
        this.root = root.toRealPath();
        try (Stream<Path> walk = Files.walk(this.root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".svg")) {
                    Document doc = parse(file);
                    documents.put(file, doc);
                    Set<String> fileIds = new HashSet<>();
                    collect(doc.getDocumentElement(), file, fileIds);
                    ids.put(file, fileIds);
                }
            }
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in);
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + file + ": " + e.getMessage(), e);
        }
    }

    private void collect(Element element, Path file, Set<String> fileIds) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            String value = attribute.getNodeValue();
            if (name.equals("id")) {
                assertTrue(fileIds.add(value), () -> "duplicate id '" + value + "' in " + file);
            } else if (name.equals("href") || name.equals("src") || name.equals("usemap")) {
                links.add(new Link(file, value));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, file, fileIds);
            }
        }
    }

    /** Fails on the first link that does not resolve; returns how many links were checked. */
    int checkLinks() throws IOException {
        for (Link link : links) {
            String value = link.value();
            assertFalse(value.isEmpty(), () -> "empty link in " + link.from());
            assertFalse(value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"), () -> "external link " + value + " in " + link.from());
            int hash = value.indexOf('#');
            String path = hash < 0 ? value : value.substring(0, hash);
            String fragment = hash < 0 ? null : value.substring(hash + 1);
            Path target = path.isEmpty() ? link.from() : link.from().getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            assertTrue(target.startsWith(root), () -> "link leaves the catalog: " + value + " in " + link.from());
            assertTrue(Files.isRegularFile(target), () -> "broken link " + value + " in " + root.relativize(link.from()));
            if (fragment != null) {
                Set<String> targetIds = ids.get(target);
                if (targetIds == null) fail("fragment into a non-document: " + value);
                assertTrue(targetIds.contains(fragment),
                        () -> "no id '" + fragment + "' in " + root.relativize(target) + " (link in " + root.relativize(link.from()) + ")");
            }
        }
        return links.size();
    }

    Document document(String relative) {
        Document doc = documents.get(root.resolve(relative));
        if (doc == null) fail("no document " + relative);
        return doc;
    }

    Set<String> ids(String relative) {
        return ids.get(root.resolve(relative));
    }

    int documentCount() {
        return documents.size();
    }

    /** Elements with a class (one of the space-separated tokens) anywhere in a document. */
    static List<Element> byClass(Document doc, String cssClass) {
        List<Element> result = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                result.add(e);
            }
        }
        return result;
    }

    /** The first descendant element with a local name. */
    static Element first(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        if (list.getLength() == 0) fail("no <" + localName + "> in " + parent.getTagName());
        return (Element) list.item(0);
    }

    static void assertCount(int expected, List<?> list, String what) {
        assertEquals(expected, list.size(), what + ": " + list);
    }
}
