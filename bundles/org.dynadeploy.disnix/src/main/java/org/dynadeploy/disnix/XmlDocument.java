package org.dynadeploy.disnix;

import java.nio.file.Path;

/**
 * A parsed Disnix XML file (its elements and where each starts) that is not yet a model. Parsing
 * needs nothing of EMF, so a caller can parse on one core while the metamodel is initialised on
 * another, then read the document ({@link ServicesXml#read(XmlDocument)},
 * {@link InfrastructureXml#read(XmlDocument)}).
 */
public final class XmlDocument {

    private final XmlElement root;
    private final String kind;

    private XmlDocument(XmlElement root, String kind) {
        this.root = root;
        this.kind = kind;
    }

    static XmlDocument parse(Path file, String kind) {
        return new XmlDocument(XmlDocuments.parse(file, kind), kind);
    }

    /** The root element, checked to be a document of the expected kind ("services", ...). */
    XmlElement root(String expectedKind) {
        if (!kind.equals(expectedKind)) {
            throw new IllegalArgumentException("this is a " + kind + " XML document; it cannot be read as "
                    + expectedKind + " XML");
        }
        return root;
    }
}
