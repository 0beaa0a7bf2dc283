package org.dynadeploy.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/** The languages' formatter, to check that edited text is what the formatter would write. */
final class Formatting {

    private Formatting() {
    }

    static String format(XtextResource resource) {
        IResourceServiceProvider languages = resource.getResourceServiceProvider();
        ITextRegionAccess regions = languages.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        List<Exception> failures = new ArrayList<>();
        FormatterRequest request = languages.get(FormatterRequest.class).setTextRegionAccess(regions)
                .setAllowIdentityEdits(false).setFormatUndefinedHiddenRegionsOnly(false).setExceptionHandler(failures::add);
        List<ITextReplacement> replacements = languages.get(IFormatter2.class).format(request);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        return regions.getRewriter().renderToString(replacements);
    }
}
