package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.lang.ide.text.Edit;
import org.dynadeploy.lang.ide.text.NameSyntax;
import org.dynadeploy.lang.ide.text.SourceText;
import org.dynadeploy.lang.validation.IssueCodes;
import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;

/**
 * Declares what an unresolved reference names: a service, a target or an id pool. It goes into
 * this file when the file is of the right kind, else into the workspace's first file of that
 * kind (by path), else into a new file next to this one.
 */
public class CreateMissingDeclaration implements QuickFix {

    /** What can be declared, in which kind of file, and how. */
    private enum Kind {
        SERVICE("service", "services", "services.services", "service %s {\n}\n"),
        TARGET("target", "infra", "infrastructure.infra", "target %s {\n}\n"),
        POOL("id pool", "idres", "pools.idres", "pool %s 1000..1999\n");

        final String label;
        final String extension;
        final String newFileName;
        final String template;

        Kind(String label, String extension, String newFileName, String template) {
            this.label = label;
            this.extension = extension;
            this.newFileName = newFileName;
            this.template = template;
        }
    }

    @Override
    public List<CodeAction> fixes(FixContext context, Diagnostic diagnostic) {
        String name = DiagnosticData.get(diagnostic, 0);
        Optional<Kind> kind = kindOf(context, diagnostic);
        if (name.isEmpty() || kind.isEmpty()) {
            return List.of();
        }
        String declaration = String.format(kind.get().template, NameSyntax.of(context.resource(), name));
        String title = "Create " + kind.get().label + " '" + name + "'";
        if (kind.get().extension.equals(context.fileExtension())) {
            return List.of(CodeActions.quickFix(title + " in this file", diagnostic,
                    context.editOfThisDocument(List.of(appendAtEnd(context.document(), declaration)))));
        }
        List<CodeAction> result = new ArrayList<>();
        List<URI> candidates = context.workspaceFiles(kind.get().extension);
        if (!candidates.isEmpty()) {
            URI first = candidates.get(0);
            context.documentOf(first).ifPresent(document -> result.add(CodeActions.quickFix(
                    title + " in " + first.lastSegment(), diagnostic,
                    FixContext.editOf(context.toUriString(first), document, List.of(appendAtEnd(document, declaration))))));
        } else {
            URI folder = context.resource().getURI().trimSegments(1);
            URI created = folder.appendSegment(kind.get().newFileName);
            result.add(CodeActions.quickFix(title + " in a new file " + kind.get().newFileName, diagnostic,
                    newFile(context.toUriString(created), declaration)));
        }
        return result;
    }

    private static Optional<Kind> kindOf(FixContext context, Diagnostic diagnostic) {
        if (IssueCodes.UNKNOWN_ID_RESOURCE.equals(DiagnosticData.code(diagnostic))) {
            return Optional.of(Kind.POOL);
        }
        return context.crossReferenceNodeAt(diagnostic).flatMap(FixContext::referenceOf).map(reference -> {
            EClass type = reference.getEReferenceType();
            if (type == ModelPackage.Literals.SERVICE) return Kind.SERVICE;
            if (type == ModelPackage.Literals.TARGET) return Kind.TARGET;
            return null;
        });
    }

    private static Edit appendAtEnd(Document document, String declaration) {
        SourceText source = new SourceText(document.getContents());
        return Edit.insert(document.getContents().length(), source.blockSeparatorAtEnd() + declaration);
    }

    private static WorkspaceEdit newFile(String uri, String text) {
        TextDocumentEdit content = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                List.of(Either.forLeft(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), text))));
        List<Either<TextDocumentEdit, ResourceOperation>> changes = List.of(
                Either.forRight(new CreateFile(uri)), Either.forLeft(content));
        return new WorkspaceEdit(changes);
    }
}
