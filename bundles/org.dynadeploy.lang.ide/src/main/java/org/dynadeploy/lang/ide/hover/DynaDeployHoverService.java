package org.dynadeploy.lang.ide.hover;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.Target;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hovers on services, targets, filters, parameters and id pools, wherever they are named
 * (declaration or reference); other elements get Xtext's default (their documentation comment).
 */
@Singleton
public class DynaDeployHoverService extends HoverService {

    @Inject
    private DocumentExtensions documents;

    @Override
    public String getContents(EObject element) {
        if (element instanceof Service service) return ServiceHover.of(service);
        if (element instanceof Target target) return TargetHover.of(target);
        if (element instanceof FilterCall call) return PolicyHover.of(call);
        if (element instanceof CustomFilter filter) return PolicyHover.of(filter);
        if (element instanceof Argument argument) return PolicyHover.of(argument);
        if (element instanceof IdResource pool) return PolicyHover.of(pool);
        return super.getContents(element);
    }

    /**
     * Xtext hovers only inside an element's "significant" region, which for elements without a
     * name (a filter call) is their first keyword, e.g. the '(' of a call: the hovered word is
     * what counts.
     */
    @Override
    protected Range getRange(HoverContext context) {
        Range range = super.getRange(context);
        if (range != null || context.getResource().getParseResult() == null) {
            return range;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.getResource().getParseResult().getRootNode(),
                context.getOffset());
        return leaf == null || leaf.isHidden() ? null : documents.newRange(context.getResource(), leaf.getTextRegion());
    }

    /** No hover at all rather than an empty box. */
    @Override
    protected MarkupContent getMarkupContent(HoverContext context) {
        String contents = getContents(context.getElement());
        return contents == null || contents.isBlank() ? null : toMarkupContent(getKind(context), contents);
    }
}
