package org.dynadeploy.diagram.view;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;

/** A property value as one short line, the way the languages write it (secrets by reference only). */
final class ValueText {

    static final int MAX = 64;

    private ValueText() {
    }

    static String of(Value value) {
        String text = full(value);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "\u2026" : text;
    }

    private static String full(Value value) {
        if (value == null) {
            return "";
        }
        if (value instanceof StringValue s) {
            return "\"" + s.getValue() + "\"";
        }
        if (value instanceof IntValue i) {
            return Long.toString(i.getValue());
        }
        if (value instanceof FloatValue f) {
            return Double.toString(f.getValue());
        }
        if (value instanceof BoolValue b) {
            return Boolean.toString(b.isValue());
        }
        if (value instanceof ListValue l) {
            List<String> items = new ArrayList<>();
            l.getElements().forEach(e -> items.add(full(e)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof AttrsValue a) {
            List<String> items = new ArrayList<>();
            for (Property p : a.getProperties()) {
                items.add(p.getName() + " = " + full(p.getValue()));
            }
            return "{ " + String.join("; ", items) + " }";
        }
        if (value instanceof SecretValue s) {
            return (s.getSource() == null ? "env" : s.getSource().getLiteral()) + "(\"" + s.getKey() + "\")";
        }
        return value.eClass().getName();
    }
}
