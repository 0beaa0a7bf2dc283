package org.dynadeploy.disnix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML documents with the JDK's StAX parser, hardened: DOCTYPE declarations are refused
 * (so no external entity is ever resolved), and every element remembers where its start tag is.
 */
final class XmlDocuments {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private XmlDocuments() {
    }

    /** Reads a file's bytes; an unreadable file is a format error that names it. */
    static byte[] readFile(Path file, String kind) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DisnixFormatException(file.toString(), "the " + kind + " file does not exist");
        } catch (AccessDeniedException e) {
            throw new DisnixFormatException(file.toString(), "the " + kind + " file cannot be read (permission denied)");
        } catch (IOException e) {
            throw new DisnixFormatException(file.toString(), "the " + kind + " file cannot be read: " + e.getMessage());
        }
    }

    static XmlElement parse(Path file, String kind) {
        return parse(readFile(file, kind + " XML"), file.toString(), kind);
    }

    static XmlElement parse(String content, String fileName, String kind) {
        return parse(content.getBytes(StandardCharsets.UTF_8), fileName, kind);
    }

    /**
     * Parses a document. {@code kind} names the format in messages ("services" gives
     * "The services XML file is empty").
     */
    static XmlElement parse(byte[] bytes, String fileName, String kind) {
        String content = decode(bytes, fileName);
        if (content.isBlank()) {
            throw empty(fileName, kind);
        }
        LineTable lines = new LineTable(content);
        XMLStreamReader reader = null;
        XmlElement root = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(content));
            Deque<XmlElement> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        int[] at = lines.startOf(reader.getLocation(), "<!DOCTYPE");
                        throw new DisnixFormatException(fileName, at[0], at[1],
                                "DOCTYPE declarations are not allowed in " + kind
                                        + " XML files (entities are never expanded); remove the <!DOCTYPE ...> declaration");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        int[] at = lines.startOf(reader.getLocation(), "<");
                        XmlElement element = new XmlElement(fileName, reader.getLocalName(), at[0], at[1]);
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            element.putAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().addChild(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        Location location = reader.getLocation();
                        throw new DisnixFormatException(fileName, location.getLineNumber(), location.getColumnNumber(),
                                "entity reference '&" + reader.getLocalName() + ";' is not allowed; write the text itself");
                    }
                    default -> {
                        // comments, processing instructions, document start/end
                    }
                }
            }
            if (root == null) {
                throw empty(fileName, kind);
            }
            return root;
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            String message = parserMessage(e);
            if (root == null && message.startsWith("Premature end of file")) {
                throw empty(fileName, kind);
            }
            int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
            throw new DisnixFormatException(fileName, line, column, "malformed " + kind + " XML: " + message);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }

    private static DisnixFormatException empty(String fileName, String kind) {
        return new DisnixFormatException(fileName, 1, 1, "The " + kind + " XML file is empty; it must contain a <"
                + rootName(kind) + "> element");
    }

    private static String rootName(String kind) {
        return switch (kind) {
            case "services" -> "services";
            case "infrastructure" -> "infrastructure";
            case "distribution" -> "distribution";
            case "ID resources" -> "resources";
            case "IDs" -> "ids";
            case "docs config" -> "docs-config";
            default -> "expr";
        };
    }

    /** Checks the name of the root element. */
    static void expectRoot(XmlElement root, String expected, String kind) {
        if (!root.name().equals(expected)) {
            String article = "aeiouAEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
            throw root.error("the root element is <" + root.name() + ">, but " + article + kind + " XML file must start with <"
                    + expected + ">; is this the right file?");
        }
    }

    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int index = message.indexOf("Message: ");
        if (index >= 0) {
            message = message.substring(index + "Message: ".length());
        }
        return message.strip();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** Decodes the bytes with the document's encoding (BOM, then XML declaration, else UTF-8). */
    private static String decode(byte[] bytes, String fileName) {
        if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return text;
        }
        Charset charset = declaredCharset(bytes, fileName);
        return new String(bytes, charset);
    }

    private static Charset declaredCharset(byte[] bytes, String fileName) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int end = head.indexOf("?>");
        String declaration = end < 0 ? head : head.substring(0, end);
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']").matcher(declaration);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new DisnixFormatException(fileName, 1, 1, "unsupported encoding '" + name
                    + "' in the XML declaration; save the file as UTF-8");
        }
    }

    /** Maps parser positions (which point just past a construct) back to where it starts. */
    private static final class LineTable {
        private final String content;
        private final int[] lineStarts;

        LineTable(String content) {
            this.content = content;
            int count = 1;
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') count++;
            }
            lineStarts = new int[count];
            int line = 1;
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') lineStarts[line++] = i + 1;
            }
        }

        int[] startOf(Location end, String opening) {
            int line = end.getLineNumber();
            int column = end.getColumnNumber();
            if (line < 1 || line > lineStarts.length || column < 1) {
                return new int[] {Math.max(line, 0), Math.max(column, 0)};
            }
            int offset = Math.min(lineStarts[line - 1] + column - 1, content.length());
            int start = content.lastIndexOf(opening, offset - 1);
            if (start < 0) {
                return new int[] {line, column};
            }
            int startLine = Arrays.binarySearch(lineStarts, start);
            if (startLine < 0) startLine = -startLine - 2;
            return new int[] {startLine + 1, start - lineStarts[startLine] + 1};
        }
    }
}
