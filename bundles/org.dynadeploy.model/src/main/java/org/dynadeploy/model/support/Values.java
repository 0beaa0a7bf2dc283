package org.dynadeploy.model.support;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

/** Value semantics shared by all modules: Nix-style equality, type names and construction. */
public final class Values {

    private Values() {
    }

    /** The user-facing type name of a value, as used in messages. */
    public static String typeName(Value value) {
        if (value instanceof StringValue) return "string";
        if (value instanceof IntValue) return "int";
        if (value instanceof FloatValue) return "float";
        if (value instanceof BoolValue) return "bool";
        if (value instanceof ListValue) return "list";
        if (value instanceof AttrsValue) return "attrs";
        if (value instanceof SecretValue) return "secret";
        return "null";
    }

    /**
     * Nix structural equality: type-sensitive except that ints and floats compare numerically
     * (1 == 1.0); lists element-wise; attribute sets by name regardless of order.
     */
    public static boolean nixEquals(Value a, Value b) {
        if (a == null || b == null) return a == b;
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof IntValue x && b instanceof IntValue y) return x.getValue() == y.getValue();
            return asDouble(a) == asDouble(b);
        }
        if (a instanceof StringValue x && b instanceof StringValue y) return x.getValue().equals(y.getValue());
        if (a instanceof BoolValue x && b instanceof BoolValue y) return x.isValue() == y.isValue();
        if (a instanceof ListValue x && b instanceof ListValue y) return listEquals(x.getElements(), y.getElements());
        if (a instanceof AttrsValue x && b instanceof AttrsValue y) return attrsEquals(x, y);
        if (a instanceof SecretValue x && b instanceof SecretValue y) return x.getSource() == y.getSource() && x.getKey().equals(y.getKey());
        return false;
    }

    private static boolean attrsEquals(AttrsValue x, AttrsValue y) {
        Map<String, Value> left = attrs(x);
        Map<String, Value> right = attrs(y);
        if (!left.keySet().equals(right.keySet())) return false;
        for (Map.Entry<String, Value> entry : left.entrySet()) {
            if (!nixEquals(entry.getValue(), right.get(entry.getKey()))) return false;
        }
        return true;
    }

    private static Map<String, Value> attrs(AttrsValue value) {
        Map<String, Value> map = new TreeMap<>();
        for (Property property : value.getProperties()) {
            map.put(property.getName(), property.getValue());
        }
        return map;
    }

    private static boolean listEquals(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) return false;
        Iterator<Value> left = a.iterator();
        Iterator<Value> right = b.iterator();
        while (left.hasNext()) {
            if (!nixEquals(left.next(), right.next())) return false;
        }
        return true;
    }

    /** Nix `elem`: whether a list contains a value. */
    public static boolean contains(ListValue list, Value value) {
        for (Value element : list.getElements()) {
            if (nixEquals(element, value)) return true;
        }
        return false;
    }

    public static boolean isNumber(Value value) {
        return value instanceof IntValue || value instanceof FloatValue;
    }

    public static double asDouble(Value value) {
        return value instanceof IntValue i ? i.getValue() : ((FloatValue) value).getValue();
    }

    /**
     * The integer a dydisnix C tool reads from a scalar (atoi semantics): floats truncate,
     * non-numeric strings give 0, booleans read from their string form (so 0).
     */
    public static long atoi(Value value) {
        if (value instanceof IntValue i) return i.getValue();
        if (value instanceof FloatValue f) return (long) f.getValue();
        if (value instanceof StringValue s) return atoi(s.getValue());
        return 0;
    }

    /** C atoi on a string: optional whitespace and sign, then leading digits. */
    public static long atoi(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long result = 0;
        while (i < n && Character.isDigit(text.charAt(i))) {
            result = result * 10 + (text.charAt(i) - '0');
            i++;
        }
        return negative ? -result : result;
    }

    public static StringValue string(String value) {
        StringValue result = ModelFactory.eINSTANCE.createStringValue();
        result.setValue(value);
        return result;
    }

    public static IntValue integer(long value) {
        IntValue result = ModelFactory.eINSTANCE.createIntValue();
        result.setValue(value);
        return result;
    }

    public static BoolValue bool(boolean value) {
        BoolValue result = ModelFactory.eINSTANCE.createBoolValue();
        result.setValue(value);
        return result;
    }

    public static Property property(String name, Value value) {
        Property result = ModelFactory.eINSTANCE.createProperty();
        result.setName(name);
        result.setValue(value);
        return result;
    }
}
