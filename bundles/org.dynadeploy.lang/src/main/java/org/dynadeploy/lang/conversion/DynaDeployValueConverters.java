package org.dynadeploy.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/** Value converters for the datatype rules of the common grammar, shared by every language. */
public class DynaDeployValueConverters extends DefaultTerminalConverters {

    private IValueConverter<String> name;
    private IValueConverter<String> fieldName;

    @ValueConverter(rule = "Name")
    public IValueConverter<String> Name() {
        if (name == null) {
            name = new NameValueConverter(ID(), STRING());
        }
        return name;
    }

    @ValueConverter(rule = "FieldName")
    public IValueConverter<String> FieldName() {
        if (fieldName == null) {
            fieldName = new FieldNameValueConverter(Name());
        }
        return fieldName;
    }

    @ValueConverter(rule = "Long")
    public IValueConverter<Long> Long() {
        return NumberValueConverters.LONG;
    }

    @ValueConverter(rule = "Double")
    public IValueConverter<Double> Double() {
        return NumberValueConverters.DOUBLE;
    }

    @ValueConverter(rule = "Integer")
    public IValueConverter<Integer> Integer() {
        return NumberValueConverters.INTEGER;
    }
}
