package org.dynadeploy.lang.ide.text;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.resource.XtextResource;

/**
 * How a name is written in source: plain when it is an identifier, otherwise quoted. The
 * language's own value converter decides (it also escapes names that collide with keywords), so
 * inserted names always parse back to the same name.
 */
public final class NameSyntax {

    /** The datatype rule every DynaDeploy grammar uses for names. */
    private static final String NAME_RULE = "Name";

    private NameSyntax() {
    }

    public static String of(XtextResource resource, String name) {
        IValueConverterService converters = resource == null ? null
                : resource.getResourceServiceProvider().get(IValueConverterService.class);
        if (converters != null) {
            try {
                return converters.toString(name, NAME_RULE);
            } catch (ValueConverterException | IllegalArgumentException e) {
                // fall through to quoting: always valid for a Name
            }
        }
        return quoted(name);
    }

    /** A string literal of the DynaDeploy languages. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
