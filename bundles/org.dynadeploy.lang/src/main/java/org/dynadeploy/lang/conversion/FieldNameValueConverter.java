package org.dynadeploy.lang.conversion;

import java.util.Set;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Docs field names may be service attributes that are keywords of the services language
 * ({@code fields description, type}); the grammar accepts those keywords as they are, so they
 * are written without the '^' escape a plain name would need.
 */
public class FieldNameValueConverter implements IValueConverter<String> {

    /** Must match the keyword alternatives of the FieldName rule in Services.xtext. */
    private static final Set<String> KEYWORDS = Set.of("description", "stateful", "dependsOn", "connectsTo", "ids", "group");

    private final IValueConverter<String> name;

    public FieldNameValueConverter(IValueConverter<String> name) {
        this.name = name;
    }

    @Override
    public String toValue(String text, INode node) throws ValueConverterException {
        return KEYWORDS.contains(text) ? text : name.toValue(text, node);
    }

    @Override
    public String toString(String value) throws ValueConverterException {
        return KEYWORDS.contains(value) ? value : name.toString(value);
    }
}
