package org.dynadeploy.lang.formatting;

import java.util.List;

import org.dynadeploy.lang.testing.Workspace;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/** Formats a file the way an editor's "format document" does: on the parsed text, keeping comments. */
final class Formatting {

    private Formatting() {
    }

    static String format(String file, String text) {
        XtextResource resource = new Workspace().file(file, text).resource(file);
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalArgumentException("syntax errors in " + file + ": " + resource.getErrors());
        }
        IResourceServiceProvider services = resource.getResourceServiceProvider();
        ITextRegionAccess regions = services.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = services.get(FormatterRequest.class);
        request.setTextRegionAccess(regions);
        List<ITextReplacement> replacements = services.get(IFormatter2.class).format(request);
        return regions.getRewriter().renderToString(replacements);
    }
}
