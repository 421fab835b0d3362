package dev.retort.model.graph;

import java.util.List;

/** {@code ScriptDirectory.walk_revisions}: what {@code alembic history -r BASE:HEAD} lists. */
public final class HistoryQuery {
    private final RevisionGraph graph;

    public HistoryQuery(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * Revisions from {@code head} down to {@code base}, both included, newest first.
     *
     * @param base lower end; {@code null} or empty means {@code base}
     * @param head upper end; {@code null} or empty means {@code heads}
     * @throws RevisionException with alembic's raw text; the CLI wording comes from
     *     {@link AlembicMessages.Overrides#range(String, String)}
     */
    public List<String> walk(String base, String head) {
        String lower = base == null || base.isEmpty() ? "base" : base;
        String upper = head == null || head.isEmpty() ? "heads" : head;
        return Traversal.idsList(new RevisionIterator(graph).iterate(Spec.of(upper), Spec.of(lower), false, true,
                false, false));
    }

    /** The whole history, newest first, as {@code alembic history} prints it. */
    public List<String> all() {
        return walk(null, null);
    }
}
