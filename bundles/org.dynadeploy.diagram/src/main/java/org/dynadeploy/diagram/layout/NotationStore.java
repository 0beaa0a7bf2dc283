package org.dynadeploy.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.dynadeploy.diagram.source.AtomicWrite;
import org.dynadeploy.diagram.source.DiagramEditException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sidecar notation files: {@code .dynadeploy/<diagramType>.notation.json} in the model folder
 * (hidden, so the model loader never reads it). Read once, cached, written atomically on change.
 * Without a folder (a source that has none) notations live in memory only.
 */
public final class NotationStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path folder;
    private final Map<String, Notation> cache = new ConcurrentHashMap<>();

    public NotationStore(Path modelFolder) {
        this.folder = modelFolder == null ? null : modelFolder.resolve(".dynadeploy");
    }

    public Path file(String diagramType) {
        return folder == null ? null : folder.resolve(diagramType + ".notation.json");
    }

    public Notation get(String diagramType) {
        return cache.computeIfAbsent(diagramType, this::read);
    }

    public synchronized void put(String diagramType, Notation notation) {
        cache.put(diagramType, notation);
        Path file = file(diagramType);
        if (file == null) {
            return;
        }
        try {
            AtomicWrite.write(file, toJson(notation));
        } catch (IOException e) {
            throw new DiagramEditException("Could not save the diagram layout to " + file + ": " + e.getMessage(), e);
        }
    }

    private Notation read(String diagramType) {
        Path file = file(diagramType);
        if (file == null || !Files.isRegularFile(file)) {
            return Notation.EMPTY;
        }
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // a broken sidecar loses hand-made positions, never the diagram
            return Notation.EMPTY;
        }
    }

    static String toJson(Notation notation) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonObject positions = new JsonObject();
        new TreeMap<>(notation.positions()).forEach((id, p) -> positions.add(id, point(p)));
        root.add("positions", positions);
        JsonObject routes = new JsonObject();
        new TreeMap<>(notation.routes()).forEach((id, points) -> {
            JsonArray array = new JsonArray();
            points.forEach(p -> array.add(point(p)));
            routes.add(id, array);
        });
        root.add("routes", routes);
        return GSON.toJson(root) + "\n";
    }

    static Notation fromJson(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        Map<String, Notation.Point> positions = new TreeMap<>();
        if (root.has("positions")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("positions").entrySet()) {
                positions.put(e.getKey(), point(e.getValue().getAsJsonObject()));
            }
        }
        Map<String, List<Notation.Point>> routes = new TreeMap<>();
        if (root.has("routes")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("routes").entrySet()) {
                List<Notation.Point> points = new ArrayList<>();
                e.getValue().getAsJsonArray().forEach(p -> points.add(point(p.getAsJsonObject())));
                routes.put(e.getKey(), points);
            }
        }
        return new Notation(positions, routes);
    }

    private static JsonObject point(Notation.Point p) {
        JsonObject o = new JsonObject();
        o.addProperty("x", p.x());
        o.addProperty("y", p.y());
        return o;
    }

    private static Notation.Point point(JsonObject o) {
        return new Notation.Point(o.get("x").getAsDouble(), o.get("y").getAsDouble());
    }
}
