package org.dynadeploy.docs.layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.FieldHeader;
import org.dynadeploy.model.GroupTitle;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * The docs configuration of all services models merged (dydisnix `docs.nix`): group titles,
 * the service fields shown in tables, and their column headers. The first model that defines
 * something wins, so a model set read in a fixed order gives fixed pages.
 */
public final class DocsSettings {

    /** Columns when no docs configuration names fields (dydisnix default). */
    private static final List<String> DEFAULT_FIELDS = List.of("description", "type");
    private static final Map<String, String> DEFAULT_HEADERS = Map.of("description", "Description", "type", "Type");

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final List<String> fields = new ArrayList<>();
    private boolean configured;

    public static DocsSettings of(ModelSet models) {
        DocsSettings settings = new DocsSettings();
        for (ServicesModel model : models.servicesModels()) {
            DocsConfig docs = model.getDocs();
            if (docs != null) {
                settings.merge(docs);
            }
        }
        return settings;
    }

    private void merge(DocsConfig docs) {
        for (GroupTitle title : docs.getGroupTitles()) {
            if (title.getGroup() != null && title.getTitle() != null) {
                titles.putIfAbsent(normalise(title.getGroup()), title.getTitle());
            }
        }
        for (FieldHeader header : docs.getHeaders()) {
            if (header.getField() != null && header.getHeader() != null) {
                headers.putIfAbsent(header.getField(), header.getHeader());
            }
        }
        if (!configured && !docs.getFields().isEmpty()) {
            fields.addAll(docs.getFields());
            configured = true;
        }
    }

    /** Group titles are keyed by path; tolerate a stray leading or trailing '/'. */
    private static String normalise(String path) {
        String result = path;
        while (result.startsWith("/")) result = result.substring(1);
        while (result.endsWith("/")) result = result.substring(0, result.length() - 1);
        return result;
    }

    /** The configured title of a group path, if any. */
    public Optional<String> title(String groupPath) {
        return Optional.ofNullable(titles.get(groupPath));
    }

    /** The service fields shown as columns, after the name. */
    public List<String> fields() {
        return configured ? List.copyOf(fields) : DEFAULT_FIELDS;
    }

    /**
     * The column header of a field: the configured one, else (with no field configuration) the
     * default "Description"/"Type", else the field name, as dydisnix does.
     */
    public String header(String field) {
        String header = headers.get(field);
        if (header != null) {
            return header;
        }
        if (!configured && DEFAULT_HEADERS.containsKey(field)) {
            return DEFAULT_HEADERS.get(field);
        }
        return field;
    }
}
