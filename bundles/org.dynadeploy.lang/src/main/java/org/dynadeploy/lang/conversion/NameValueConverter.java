package org.dynadeploy.lang.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A name is an identifier (which may contain '-', like {@code mysql-database}) or, for names
 * imported from Disnix that are not identifiers, a quoted string. Serialises to the plainest form.
 */
public class NameValueConverter implements IValueConverter<String> {

    private static final Pattern PLAIN = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

    private final IValueConverter<String> id;
    private final IValueConverter<String> string;

    public NameValueConverter(IValueConverter<String> id, IValueConverter<String> string) {
        this.id = id;
        this.string = string;
    }

    @Override
    public String toValue(String text, INode node) throws ValueConverterException {
        if (text == null) {
            return null;
        }
        return text.startsWith("\"") || text.startsWith("'") ? string.toValue(text, node) : id.toValue(text, node);
    }

    @Override
    public String toString(String value) throws ValueConverterException {
        if (value == null || value.isEmpty()) {
            throw new ValueConverterException("a name must not be empty", null, null);
        }
        return PLAIN.matcher(value).matches() ? id.toString(value) : string.toString(value);
    }
}
