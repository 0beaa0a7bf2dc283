package org.dynadeploy.disnix;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;

/**
 * Converts the XML that Nix prints for a value ({@code nix-instantiate --eval --strict --xml},
 * {@code builtins.toXML}) into model values:
 * {@code <expr><attrs><attr name="..."><int value="1"/></attr></attrs></expr>}.
 * Strings and paths become strings, a derivation becomes its {@code outPath} string, {@code null}
 * becomes Java null (a null attribute is left out of its set). Functions cannot be converted.
 */
public final class NixXmlValues {

    private NixXmlValues() {
    }

    /** The value of a Nix XML document ({@code <expr>}); null for Nix {@code null}. */
    public static Value parse(String nixXml, String source) {
        return read(nixXml, source).root();
    }

    /** A parsed document, which remembers the Nix source position of each attribute value. */
    static Document read(String nixXml, String source) {
        XmlElement root = XmlDocuments.parse(nixXml, source, "Nix");
        XmlDocuments.expectRoot(root, "expr", "Nix");
        root.expectNoText();
        if (root.children().size() != 1) {
            throw root.error("<expr> must contain exactly one value, not " + root.children().size());
        }
        Document document = new Document(source);
        document.root = document.convert(root.children().get(0), null, "the model");
        return document;
    }

    /** A position in a Nix file (line and column 0 when unknown). */
    record Position(String file, int line, int column) {
    }

    static final class Document {
        private final String source;
        private final Map<Value, Position> positions = new IdentityHashMap<>();
        private Value root;

        Document(String source) {
            this.source = source;
        }

        Value root() {
            return root;
        }

        String source() {
            return source;
        }

        /** An error about a value, at its Nix position when known. */
        DisnixFormatException error(Value at, String detail) {
            Position position = at == null ? null : positions.get(at);
            if (position == null) {
                return new DisnixFormatException(source, detail);
            }
            return new DisnixFormatException(position.file(), position.line(), position.column(), detail);
        }

        /** A warning line about a value. */
        String warning(Value at, String detail) {
            Position position = at == null ? null : positions.get(at);
            String where = position == null ? source
                    : position.file() + (position.line() > 0 ? ":" + position.line() + ":" + position.column() : "");
            return where + ": warning: " + detail;
        }

        private Value convert(XmlElement element, Position position, String what) {
            Value value = switch (element.name()) {
                case "string", "path" -> {
                    noChildren(element);
                    yield Values.string(element.requireAttribute("value"));
                }
                case "int" -> {
                    noChildren(element);
                    yield Values.integer(XmlValues.parseInt(element, what, element.requireAttribute("value")));
                }
                case "float" -> {
                    noChildren(element);
                    String text = element.requireAttribute("value");
                    try {
                        yield XmlValues.floatValue(Double.parseDouble(text));
                    } catch (NumberFormatException e) {
                        throw element.error(what + " has the float value '" + text + "', which is not a number");
                    }
                }
                case "bool" -> {
                    noChildren(element);
                    String text = element.requireAttribute("value");
                    if (!text.equals("true") && !text.equals("false")) {
                        throw element.error(what + " has the bool value '" + text + "'; expected true or false");
                    }
                    yield Values.bool(text.equals("true"));
                }
                case "null" -> null;
                case "list" -> {
                    element.expectNoText();
                    ListValue list = ModelFactory.eINSTANCE.createListValue();
                    int index = 1;
                    for (XmlElement child : element.children()) {
                        String elementWhat = "element " + index++ + " of " + what;
                        Value member = convert(child, position, elementWhat);
                        if (member == null) {
                            throw at(position, element, elementWhat + " is null; lists in models cannot hold null");
                        }
                        list.getElements().add(member);
                    }
                    yield list;
                }
                case "attrs" -> convertAttrs(element, position, what);
                case "derivation" -> {
                    String outPath = element.attribute("outPath");
                    if (outPath == null) {
                        throw at(position, element, what + " is a derivation without an output path");
                    }
                    yield Values.string(outPath);
                }
                case "function" -> throw at(position, element, what + " is a function, but the model must evaluate to"
                        + " plain data; check that the file is the right kind of model (a function such as a"
                        + " distribution needs its arguments)");
                case "unevaluated", "repeated" -> throw at(position, element, what + " could not be evaluated"
                        + " completely; evaluate with --strict");
                default -> throw element.error("unknown Nix XML element <" + element.name() + "> for " + what);
            };
            if (value != null && position != null) {
                positions.put(value, position);
            }
            return value;
        }

        private AttrsValue convertAttrs(XmlElement element, Position position, String what) {
            element.expectChildren("attr");
            AttrsValue attrs = ModelFactory.eINSTANCE.createAttrsValue();
            Map<String, Boolean> seen = new HashMap<>();
            for (XmlElement attr : element.children()) {
                String name = attr.requireAttribute("name");
                if (seen.put(name, Boolean.TRUE) != null) {
                    throw attr.error("attribute '" + name + "' appears twice in " + what);
                }
                attr.expectNoText();
                if (attr.children().size() != 1) {
                    throw attr.error("<attr name=\"" + name + "\"> must contain exactly one value");
                }
                Position attrPosition = position(attr, position);
                String attrWhat = describe(what, name);
                Value value = convert(attr.children().get(0), attrPosition, attrWhat);
                if (value != null) {
                    attrs.getProperties().add(Values.property(name, value));
                }
            }
            return attrs;
        }

        private static String describe(String what, String name) {
            if (what.equals("the model")) return "attribute '" + name + "'";
            if (what.startsWith("attribute '") && what.endsWith("'") && what.indexOf('\'', 11) == what.length() - 1) {
                return what.substring(0, what.length() - 1) + "." + name + "'";
            }
            return "attribute '" + name + "' of " + what;
        }

        private Position position(XmlElement attr, Position inherited) {
            String line = attr.attribute("line");
            String column = attr.attribute("column");
            String path = attr.attribute("path");
            if (line == null) {
                return inherited;
            }
            try {
                // attributes defined in a -E expression carry the expression text as their path
                return new Position(path == null || !path.startsWith("/") ? source : path, Integer.parseInt(line),
                        column == null ? 0 : Integer.parseInt(column));
            } catch (NumberFormatException e) {
                return inherited;
            }
        }

        private DisnixFormatException at(Position position, XmlElement element, String detail) {
            if (position != null) {
                return new DisnixFormatException(position.file(), position.line(), position.column(), detail);
            }
            return element.error(detail);
        }

        private static void noChildren(XmlElement element) {
            element.expectChildren();
        }
    }
}
