package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formats the existing text of a parsed model with the language's formatter (IFormatter2 over
 * the node model), so comments and the order of everything stay as written.
 */
final class TextFormatter {

    private TextFormatter() {
    }

    /** The formatted text of a resource without syntax errors. */
    static String format(XtextResource resource) {
        IResourceServiceProvider languages = resource.getResourceServiceProvider();
        ITextRegionAccess regions = languages.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        List<Exception> failures = new ArrayList<>();
        FormatterRequest request = languages.get(FormatterRequest.class)
                .setTextRegionAccess(regions)
                .setAllowIdentityEdits(false)
                .setFormatUndefinedHiddenRegionsOnly(false)
                .setExceptionHandler(failures::add);
        List<ITextReplacement> replacements = languages.get(IFormatter2.class).format(request);
        if (!failures.isEmpty()) {
            // Conflicting formatting rules: better to leave the file alone than to garble it.
            throw new IllegalStateException("the formatter failed on " + resource.getURI().lastSegment() + ": "
                    + failures.get(0).getMessage(), failures.get(0));
        }
        return regions.getRewriter().renderToString(replacements);
    }
}
