package dev.retort.model.graph;

/** Why one revision comes after another. */
public enum EdgeKind {
    /** {@code down_revision}: the versioned history alembic calls {@code nextrev}. */
    DOWN_REVISION,
    /** {@code depends_on}: ordering only; never makes a branch point, merge point or head. */
    DEPENDS_ON
}
