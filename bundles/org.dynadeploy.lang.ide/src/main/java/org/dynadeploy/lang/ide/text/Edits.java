package org.dynadeploy.lang.ide.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * Turns offset-based edits of one document into LSP text edits. Edits that touch or overlap are
 * merged into one, because clients reject overlapping edits and order adjacent ones differently.
 */
public final class Edits {

    private Edits() {
    }

    public static List<TextEdit> toTextEdits(Document document, List<Edit> edits) {
        String text = document.getContents();
        List<TextEdit> result = new ArrayList<>();
        for (Edit edit : merge(text, edits)) {
            Range range = new Range(document.getPosition(edit.start()), document.getPosition(edit.end()));
            result.add(new TextEdit(range, edit.text()));
        }
        return result;
    }

    /** Sorts the edits and merges touching ones, keeping the text between them. */
    static List<Edit> merge(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        List<Edit> merged = new ArrayList<>();
        for (Edit edit : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= edit.start()) {
                Edit last = merged.remove(merged.size() - 1);
                int end = Math.max(last.end(), edit.end());
                String between = edit.start() >= last.end() ? text.substring(last.end(), edit.start()) : "";
                String tail = edit.end() < last.end() ? text.substring(Math.max(edit.end(), last.end()), last.end()) : "";
                merged.add(new Edit(last.start(), end, last.text() + between + edit.text() + tail));
            } else {
                merged.add(edit);
            }
        }
        return merged;
    }
}
