package dev.retort.model.graph;

import java.util.Objects;

/**
 * An edge of the revision DAG, pointing from the older revision to the newer one.
 *
 * @param parent the revision named in {@code down_revision} or {@code depends_on}
 * @param child the revision whose file names {@code parent}
 * @param kind which variable named it
 */
public record RevisionEdge(String parent, String child, EdgeKind kind) {
    public RevisionEdge {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(kind, "kind");
    }
}
