package org.dynadeploy.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dynadeploy.disnix.DisnixFormatException;

/**
 * Finds the root element of an XML file to tell which Disnix model it is. Reads no further than
 * the root's start tag, with DTDs and external entities switched off: nothing is ever fetched.
 * The full (and position-exact) checks are left to the Disnix readers.
 */
final class XmlRootElement {

    private XmlRootElement() {
    }

    /** The root element's name and where its start tag begins (1-based). */
    record Root(String name, int line, int column) {
    }

    static Root of(Path file) {
        try {
            String text = text(file);
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return root(text, reader.getLocalName(), reader.getLocation());
                    }
                }
            } finally {
                reader.close();
            }
            throw empty(file);
        } catch (XMLStreamException e) {
            if (isBlank(file)) {
                throw empty(file);
            }
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "syntax error" : e.getMessage();
            int index = message.indexOf("Message: ");
            throw new DisnixFormatException(file.toString(), at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0),
                    "malformed XML: " + (index < 0 ? message : message.substring(index + 9)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser reports the position after the start tag; the message should point at its '<'. */
    private static Root root(String text, String name, Location end) {
        int offset = 0;
        for (int line = 1; line < end.getLineNumber() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        offset = Math.min(Math.max(offset, 0) + Math.max(end.getColumnNumber() - 1, 0), text.length());
        int start = Math.max(text.lastIndexOf("<" + name, offset), 0);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return new Root(name, line, start - lineStart + 1);
    }

    /**
     * The file's text for finding the root element: UTF-16 when it starts with a byte order mark,
     * else UTF-8 with undecodable bytes replaced (the JDK parser would print its own complaint
     * about them on stderr; the Disnix reader reports encoding problems properly later).
     */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static DisnixFormatException empty(Path file) {
        return new DisnixFormatException(file.toString(), 1, 1, "the XML file is empty; it must contain one of "
                + ImportKind.xmlRoots());
    }

    private static boolean isBlank(Path file) {
        try {
            return Files.size(file) < 4096 && Files.readString(file).isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Errors surface as exceptions; without a reporter the JDK parser also prints them to stderr.
        factory.setXMLReporter((message, type, info, location) -> { });
        return factory;
    }
}
