package org.dynadeploy.docs.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generated site in memory: root-relative path → content. Everything is generated before
 * anything is written, so a failure part-way (a broken model, a PNG error) leaves the output
 * directory untouched. Safe to fill from several threads.
 */
public final class SiteFiles {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public void add(String path, byte[] content) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a relative output path: " + path);
            }
        }
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("generated twice: " + path);
        }
    }

    public void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files in byte order of path (written in that order, listed in that order). */
    public Map<String, byte[]> sorted() {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
