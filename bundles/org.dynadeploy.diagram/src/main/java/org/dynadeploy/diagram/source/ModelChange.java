package org.dynadeploy.diagram.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text edits of one graphical operation, applied together and undone together. Edits are
 * against the texts of one {@link SourceSnapshot}; they must not overlap (an edit inside another
 * edit's range is dropped by {@link #normalized()}, as deleting a service also deletes the edges
 * written inside it).
 */
public record ModelChange(String label, List<TextEdit> edits) {

    public ModelChange {
        edits = List.copyOf(edits);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edits grouped by file, each file's edits sorted by offset, nested ones dropped. */
    public Map<Path, List<TextEdit>> byFile() {
        Map<Path, List<TextEdit>> result = new TreeMap<>();
        for (TextEdit edit : edits) {
            result.computeIfAbsent(edit.file(), f -> new ArrayList<>()).add(edit);
        }
        Map<Path, List<TextEdit>> normalized = new LinkedHashMap<>();
        result.forEach((file, list) -> normalized.put(file, normalize(file, list)));
        return normalized;
    }

    /** The same change with nested edits dropped and partial overlaps refused. */
    public ModelChange normalized() {
        List<TextEdit> all = new ArrayList<>();
        byFile().values().forEach(all::addAll);
        return new ModelChange(label, all);
    }

    private static List<TextEdit> normalize(Path file, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        // Wider edits first at one offset, so that an insertion at the start of a deleted range is dropped with it.
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparing(Comparator.comparingInt(TextEdit::length).reversed()));
        List<TextEdit> result = new ArrayList<>();
        TextEdit last = null;
        for (TextEdit edit : sorted) {
            if (last != null && edit.offset() < last.end()) {
                if (edit.end() <= last.end() && last.length() > 0 && last.text().isEmpty()) {
                    continue; // inside a deletion: it goes with the deleted text
                }
                if (edit.equals(last)) {
                    continue;
                }
                if (last.text().isEmpty() && edit.text().isEmpty()) {
                    // two deletions sharing a blank line between them: delete the union
                    last = new TextEdit(file, last.offset(), edit.end() - last.offset(), "");
                    result.set(result.size() - 1, last);
                    continue;
                }
                throw new IllegalArgumentException("overlapping edits in " + file.getFileName() + " at " + edit.offset());
            }
            if (last != null && edit.offset() == last.end() && edit.offset() == last.offset() && edit.equals(last)) {
                continue;
            }
            result.add(edit);
            last = edit;
        }
        return result;
    }

    /** Applies sorted, non-overlapping edits of one file to its text. */
    public static String apply(String text, List<TextEdit> sortedEdits) {
        StringBuilder result = new StringBuilder(text.length() + 64);
        int position = 0;
        for (TextEdit edit : sortedEdits) {
            if (edit.end() > text.length()) {
                throw new IllegalArgumentException("edit beyond the end of " + edit.file().getFileName());
            }
            result.append(text, position, edit.offset()).append(edit.text());
            position = edit.end();
        }
        result.append(text, position, text.length());
        return result.toString();
    }
}
