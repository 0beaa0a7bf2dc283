package org.dynadeploy.docs.render;

import java.util.stream.Collectors;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.BoolValue;
import org.dynadeploy.model.FloatValue;
import org.dynadeploy.model.IntValue;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Value;

/**
 * A property value as a reader sees it in the docs: strings bare, numbers and booleans as
 * written, lists comma-separated in brackets, attribute sets as "k = v; ...". Secrets show
 * only their reference (env("VAR")), never a value. Unescaped: callers escape for their output.
 */
public final class ValueText {

    private ValueText() {
    }

    public static String of(Value value) {
        if (value == null) return "";
        if (value instanceof StringValue s) return s.getValue() == null ? "" : s.getValue();
        if (value instanceof IntValue i) return Long.toString(i.getValue());
        if (value instanceof FloatValue f) return Double.toString(f.getValue());
        if (value instanceof BoolValue b) return Boolean.toString(b.isValue());
        if (value instanceof ListValue l) {
            return l.getElements().stream().map(ValueText::nested).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof AttrsValue a) {
            return a.getProperties().stream().map(p -> p.getName() + " = " + nested(p.getValue()))
                    .collect(Collectors.joining("; ", "{ ", a.getProperties().isEmpty() ? "}" : "; }"));
        }
        if (value instanceof SecretValue s) {
            return (s.getSource() == null ? "env" : s.getSource().getLiteral()) + "(\"" + s.getKey() + "\")";
        }
        return "";
    }

    /** Inside lists and sets strings are quoted, so "[a, b]" and "[\"a, b\"]" stay apart. */
    private static String nested(Value value) {
        if (value instanceof StringValue s) {
            return '"' + (s.getValue() == null ? "" : s.getValue()) + '"';
        }
        return of(value);
    }
}
