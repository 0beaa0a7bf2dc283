package org.dynadeploy.disnix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.support.Values;

/**
 * The typed values of the Disnix XML formats ({@code type="string|int|float|bool|list|attrs"};
 * list members are {@code <elem>}, attribute set members {@code <property name="...">}).
 */
final class XmlValues {

    static final String PROPERTY = "property";
    static final String ELEM = "elem";
    private static final List<String> TYPES = List.of("string", "int", "float", "bool", "list", "attrs");

    private XmlValues() {
    }

    /**
     * Reads a typed element. {@code what} names it in messages, e.g. "property 'mem'". A missing
     * type on an element without child elements means a string.
     */
    static Value read(XmlElement element, String what) {
        String type = element.attribute("type");
        if (type == null) {
            if (!element.children().isEmpty()) {
                throw element.error(what + " has no type attribute; add type=\"list\" or type=\"attrs\"");
            }
            type = "string";
        }
        String text = element.text();
        return switch (type) {
            case "string" -> {
                element.expectTextOnly();
                yield Values.string(text);
            }
            case "int" -> {
                element.expectTextOnly();
                yield Values.integer(parseInt(element, what, text.strip()));
            }
            case "float" -> {
                element.expectTextOnly();
                yield floatValue(parseFloat(element, what, text.strip()));
            }
            case "bool" -> {
                element.expectTextOnly();
                yield Values.bool(parseBool(element, what, text.strip()));
            }
            case "list" -> readList(element, what);
            case "attrs" -> readAttrs(element, what);
            default -> throw element.error(what + " has unknown type '" + type + "'; use one of " + String.join(", ", TYPES));
        };
    }

    private static ListValue readList(XmlElement element, String what) {
        element.expectChildren(ELEM);
        ListValue list = ModelFactory.eINSTANCE.createListValue();
        int index = 1;
        for (XmlElement child : element.children()) {
            list.getElements().add(read(child, "element " + index++ + " of " + what));
        }
        return list;
    }

    private static AttrsValue readAttrs(XmlElement element, String what) {
        AttrsValue attrs = ModelFactory.eINSTANCE.createAttrsValue();
        readProperties(element, what, attrs.getProperties());
        return attrs;
    }

    /**
     * Reads the {@code <property name="...">} children of an element into a list. {@code owner}
     * prefixes nested names in messages (null for top-level properties).
     */
    static void readProperties(XmlElement element, String owner, List<Property> into) {
        element.expectChildren(PROPERTY);
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement child : element.children()) {
            String name = child.requireAttribute("name");
            XmlElement previous = seen.putIfAbsent(name, child);
            if (previous != null) {
                throw child.error("property '" + name + "' is defined twice (first at line " + previous.line()
                        + "); remove one of them");
            }
            into.add(Values.property(name, read(child, describe(owner, name))));
        }
    }

    /** "property 'name'", nested as "property 'outer.name'", or "property 'name' of OWNER". */
    static String describe(String owner, String name) {
        if (owner == null) return "property '" + name + "'";
        String prefix = "property '";
        if (owner.startsWith(prefix)) {
            int close = owner.indexOf('\'', prefix.length());
            if (close > 0) {
                return prefix + owner.substring(prefix.length(), close) + "." + name + owner.substring(close);
            }
        }
        return "property '" + name + "' of " + owner;
    }

    static long parseInt(XmlElement element, String what, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw element.error(what + " has type 'int' but its value '" + XmlElement.abbreviate(text)
                    + "' is not an integer");
        }
    }

    private static double parseFloat(XmlElement element, String what, String text) {
        try {
            if (text.isEmpty() || text.endsWith("d") || text.endsWith("D") || text.endsWith("f") || text.endsWith("F")) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw element.error(what + " has type 'float' but its value '" + XmlElement.abbreviate(text)
                    + "' is not a number");
        }
    }

    private static boolean parseBool(XmlElement element, String what, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw element.error(what + " has type 'bool' but its value '" + XmlElement.abbreviate(text)
                    + "' is neither 'true' nor 'false'");
        };
    }

    static FloatValue floatValue(double value) {
        FloatValue result = ModelFactory.eINSTANCE.createFloatValue();
        result.setValue(value);
        return result;
    }

    /** Reads a typed element that must hold a string. */
    static String readString(XmlElement element, String what) {
        Value value = read(element, what);
        if (value instanceof StringValue string) return string.getValue();
        throw element.error(what + " must have type 'string', not '" + Values.typeName(value) + "'");
    }

    // ----- writing -----

    /** A typed element named {@code elementName} (with a name attribute unless null). */
    static XmlNode write(String elementName, String nameAttribute, Value value, String what) {
        XmlNode node = new XmlNode(elementName);
        if (nameAttribute != null) {
            node.attribute("name", nameAttribute);
        }
        fill(node, value, what);
        return node;
    }

    /** Sets the type attribute and the content of a node from a value. */
    static void fill(XmlNode node, Value value, String what) {
        if (value == null) {
            throw new DisnixFormatException(what + " has no value; give it one or remove it");
        }
        if (value instanceof SecretValue) {
            throw new DisnixFormatException(what + " holds a secret; secrets are resolved only by augment-infra"
                    + " and are never written to a file");
        }
        node.attribute("type", Values.typeName(value));
        if (value instanceof StringValue v) {
            node.text(v.getValue() == null ? "" : v.getValue());
        } else if (value instanceof IntValue v) {
            node.text(Long.toString(v.getValue()));
        } else if (value instanceof FloatValue v) {
            node.text(Double.toString(v.getValue()));
        } else if (value instanceof BoolValue v) {
            node.text(Boolean.toString(v.isValue()));
        } else if (value instanceof ListValue v) {
            int index = 1;
            for (Value element : v.getElements()) {
                node.add(write(ELEM, null, element, "element " + index++ + " of " + what));
            }
        } else if (value instanceof AttrsValue v) {
            writeProperties(node, v.getProperties(), what);
        } else {
            throw new DisnixFormatException(what + " has a value of an unsupported kind (" + value.eClass().getName() + ")");
        }
    }

    /** Adds a {@code <property>} child per property (model order). Duplicate names are refused. */
    static void writeProperties(XmlNode parent, List<Property> properties, String owner) {
        Map<String, Boolean> seen = new HashMap<>();
        for (Property property : properties) {
            String name = property.getName();
            if (name == null) {
                throw new DisnixFormatException("a property " + (owner == null ? "" : "of " + owner + " ") + "has no name");
            }
            if (seen.put(name, Boolean.TRUE) != null) {
                throw new DisnixFormatException(describe(owner, name) + " is defined twice; keep only one");
            }
            parent.add(write(PROPERTY, name, property.getValue(), describe(owner, name)));
        }
    }
}
