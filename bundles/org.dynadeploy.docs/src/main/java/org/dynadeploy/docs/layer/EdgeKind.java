package org.dynadeploy.docs.layer;

/** The two kinds of inter-service dependency, drawn differently (solid and dashed). */
public enum EdgeKind {
    /** Activation order matters: the target must be deployed first. */
    DEPENDS_ON("dependsOn"),
    /** A runtime connection without an ordering constraint. */
    CONNECTS_TO("connectsTo");

    private final String keyword;

    EdgeKind(String keyword) {
        this.keyword = keyword;
    }

    /** The model keyword, as users write it. */
    public String keyword() {
        return keyword;
    }
}
