package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.Edits;
import org.dynadeploy.lang.ide.text.SourceText;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.TextRegion;

/**
 * What a quick fix works on: the document and resource of the diagnostics, and the workspace
 * around them (other documents, the index). Only valid during the code action request.
 */
public final class FixContext {

    private final XtextResource resource;
    private final Document document;
    private final String uri;
    private final ILanguageServerAccess access;
    private final EObjectAtOffsetHelper offsetHelper;
    private final UriExtensions uriExtensions = new UriExtensions();

    FixContext(XtextResource resource, Document document, String uri, ILanguageServerAccess access) {
        this.resource = resource;
        this.document = document;
        this.uri = uri;
        this.access = access;
        this.offsetHelper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
    }

    public XtextResource resource() {
        return resource;
    }

    public Document document() {
        return document;
    }

    public String uri() {
        return uri;
    }

    public SourceText source() {
        return new SourceText(document.getContents());
    }

    public int startOffset(Diagnostic diagnostic) {
        return document.getOffSet(diagnostic.getRange().getStart());
    }

    public int endOffset(Diagnostic diagnostic) {
        return document.getOffSet(diagnostic.getRange().getEnd());
    }

    /** The innermost element the diagnostic starts in (never the target of a reference). */
    public EObject elementAt(Diagnostic diagnostic) {
        return offsetHelper.resolveContainedElementAt(resource, startOffset(diagnostic));
    }

    /** The cross-reference node the diagnostic covers, if it covers one. */
    public Optional<INode> crossReferenceNodeAt(Diagnostic diagnostic) {
        int start = startOffset(diagnostic);
        return Optional.ofNullable(offsetHelper.getCrossReferenceNode(resource, new TextRegion(start, 0)));
    }

    /** The reference a cross-reference node stands for. */
    public static Optional<EReference> referenceOf(INode crossReferenceNode) {
        EObject grammarElement = crossReferenceNode.getGrammarElement();
        if (grammarElement instanceof CrossReference crossReference) {
            return Optional.ofNullable(GrammarUtil.getReference(crossReference));
        }
        return Optional.empty();
    }

    /** The file extension of the document, e.g. "services". */
    public String fileExtension() {
        return resource.getURI().fileExtension();
    }

    /** The URIs of the workspace's files with the given extension, in a stable (sorted) order. */
    public List<URI> workspaceFiles(String extension) {
        ResourceDescriptionsProvider provider = resource.getResourceServiceProvider().get(ResourceDescriptionsProvider.class);
        List<URI> result = new ArrayList<>();
        for (IResourceDescription description : provider.getResourceDescriptions(resource).getAllResourceDescriptions()) {
            if (extension.equals(description.getURI().fileExtension())) {
                result.add(description.getURI());
            }
        }
        result.sort(Comparator.comparing(URI::toString));
        return result;
    }

    /** The document of another workspace file (its open editor content, or the file). */
    public Optional<Document> documentOf(URI other) {
        if (other.equals(resource.getURI())) {
            return Optional.of(document);
        }
        try {
            return Optional.ofNullable(access.doSyncRead(toUriString(other), ILanguageServerAccess.Context::getDocument));
        } catch (RuntimeException e) {
            return Optional.empty(); // deleted meanwhile or unreadable: no fix for it
        }
    }

    public String toUriString(URI other) {
        return uriExtensions.toUriString(other);
    }

    /** A workspace edit of this document. */
    public WorkspaceEdit editOfThisDocument(List<Edit> edits) {
        return editOf(uri, document, edits);
    }

    public static WorkspaceEdit editOf(String uri, Document document, List<Edit> edits) {
        List<TextEdit> textEdits = Edits.toTextEdits(document, edits);
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setChanges(new java.util.HashMap<>(java.util.Map.of(uri, textEdits)));
        return edit;
    }
}
