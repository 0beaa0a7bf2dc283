package org.dynadeploy.docs;

import java.util.Collection;
import java.util.stream.Collectors;

/** A group path that no services model declares or uses. */
public final class UnknownGroupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String group;

    UnknownGroupException(String group, Collection<String> known) {
        super("no group '" + group + "'; groups are: " + known.stream().limit(20)
                .map(g -> g.isEmpty() ? "\"\" (the root)" : g).collect(Collectors.joining(", "))
                + (known.size() > 20 ? ", ..." : ""));
        this.group = group;
    }

    public String group() {
        return group;
    }
}
