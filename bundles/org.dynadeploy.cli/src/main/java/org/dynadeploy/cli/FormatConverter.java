package org.dynadeploy.cli;

import org.dynadeploy.docs.Format;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code -f/--format} values (svg, png, dot, mermaid/mmd); a wrong one is a usage error (exit 2). */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        try {
            return Format.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
