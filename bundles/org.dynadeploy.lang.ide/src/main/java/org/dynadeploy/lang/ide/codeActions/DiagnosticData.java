package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data Xtext puts into a diagnostic, as strings. In process it is the validator's
 * String[]; after a round trip through a client it is JSON, an array or a single string.
 */
public final class DiagnosticData {

    private DiagnosticData() {
    }

    public static List<String> of(Diagnostic diagnostic) {
        Object data = diagnostic.getData();
        List<String> result = new ArrayList<>();
        if (data instanceof String[] array) {
            Collections.addAll(result, array);
        } else if (data instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                result.add(element.isJsonPrimitive() ? element.getAsString() : element.toString());
            }
        } else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
            result.add(element.getAsString());
        } else if (data instanceof String string) {
            result.add(string);
        }
        return result;
    }

    /** The i-th datum, or "" when there is none. */
    public static String get(Diagnostic diagnostic, int index) {
        List<String> data = of(diagnostic);
        return index < data.size() && data.get(index) != null ? data.get(index) : "";
    }

    public static String code(Diagnostic diagnostic) {
        if (diagnostic.getCode() == null) {
            return "";
        }
        return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
    }
}
