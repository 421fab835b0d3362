package dev.retort.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What {@code alembic upgrade TARGET} and {@code alembic downgrade TARGET} would run from a
 * given set of version-table rows: alembic's {@code _upgrade_revs} / {@code _downgrade_revs}
 * and its row bookkeeping, without touching any database.
 */
public final class MigrationPlanner {
    private final RevisionGraph graph;

    public MigrationPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * @param currentRows what the version table holds (empty for a fresh database)
     * @param target any upgrade target alembic accepts: {@code heads}, {@code head}, an id,
     *     a prefix, {@code label@head}, {@code +2}, {@code rev+1}, ...
     * @throws RevisionException with alembic's raw text; show it with
     *     {@link AlembicMessages#commandText(RevisionException, AlembicMessages.Overrides)} and
     *     {@link AlembicMessages.Overrides#upgrade(String)}
     */
    public MigrationPlan upgrade(Collection<String> currentRows, String target) {
        RevisionIterator iterator = new RevisionIterator(graph);
        List<RevisionNode> revisions = iterator.iterate(Spec.of(target), Spec.rows(List.copyOf(currentRows)),
                true, false, true, false);
        List<RevisionNode> inOrder = new ArrayList<>(revisions);
        Collections.reverse(inOrder);
        VersionTableRows rows = new VersionTableRows(graph.nodeMap(), List.copyOf(currentRows));
        List<MigrationStep> steps = new ArrayList<>();
        for (RevisionNode rev : inOrder) {
            List<RowChange> changes = rows.applyUpgrade(rev);
            steps.add(new MigrationStep(rev.id, true, rev.revision.downRevisions(), List.of(rev.id),
                    rev.revision.doc(), changes, rows.rows()));
        }
        return new MigrationPlan(true, List.copyOf(currentRows), target, steps, iterator.warnings());
    }

    /**
     * @param currentRows what the version table holds
     * @param target a downgrade target: {@code base}, an id, {@code -1}, {@code label@-1}, ...
     */
    public MigrationPlan downgrade(Collection<String> currentRows, String target) {
        RevisionIterator iterator = new RevisionIterator(graph);
        List<RevisionNode> revisions = iterator.iterate(Spec.rows(List.copyOf(currentRows)), Spec.of(target),
                false, false, true, true);
        VersionTableRows rows = new VersionTableRows(graph.nodeMap(), List.copyOf(currentRows));
        List<MigrationStep> steps = new ArrayList<>();
        for (RevisionNode rev : revisions) {
            List<RowChange> changes = rows.applyDowngrade(rev);
            steps.add(new MigrationStep(rev.id, false, List.of(rev.id), rev.revision.downRevisions(),
                    rev.revision.doc(), changes, rows.rows()));
        }
        return new MigrationPlan(false, List.copyOf(currentRows), target, steps, iterator.warnings());
    }

    /**
     * What {@code alembic current} prints for these rows: the rows plus their ancestors,
     * keeping only the newest of each branch ({@code _get_all_current}).
     */
    public List<String> current(Collection<String> rows) {
        return Traversal.idsList(new RevisionIterator(graph).allCurrent(rows));
    }
}
