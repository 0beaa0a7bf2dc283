package org.dynadeploy.planner;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;

/**
 * Short renderings of property values for explanations and error messages. Secrets show only
 * where they come from, never a value.
 */
public final class ValueText {

    private static final int MAX_ELEMENTS = 8;

    private ValueText() {
    }

    public static String of(Value value) {
        if (value == null) return "null";
        if (value instanceof StringValue s) return "'" + s.getValue() + "'";
        if (value instanceof IntValue i) return Long.toString(i.getValue());
        if (value instanceof FloatValue f) return Double.toString(f.getValue());
        if (value instanceof BoolValue b) return Boolean.toString(b.isValue());
        if (value instanceof SecretValue secret) return "<secret " + secret.getSource().getLiteral() + ":" + secret.getKey() + ">";
        if (value instanceof ListValue list) {
            StringBuilder text = new StringBuilder("[");
            int shown = 0;
            for (Value element : list.getElements()) {
                if (shown == MAX_ELEMENTS) {
                    text.append(", … (").append(list.getElements().size()).append(" in all)");
                    break;
                }
                text.append(shown++ == 0 ? "" : ", ").append(of(element));
            }
            return text.append(']').toString();
        }
        if (value instanceof AttrsValue attrs) {
            StringBuilder text = new StringBuilder("{");
            for (Property property : attrs.getProperties()) {
                text.append(' ').append(property.getName()).append(" = ").append(of(property.getValue())).append(';');
            }
            return text.append(" }").toString();
        }
        return value.toString();
    }
}
