package dev.retort.model.graph;

import java.util.List;

/**
 * One revision alembic runs, and what it does to the version table.
 *
 * @param revision the revision whose {@code upgrade()} or {@code downgrade()} runs
 * @param upgrade true for upgrade, false for downgrade
 * @param fromRevisions alembic's {@code from_revisions_no_deps}
 * @param toRevisions alembic's {@code to_revisions_no_deps}
 * @param doc the revision's first docstring paragraph
 * @param rowChanges the INSERT/UPDATE/DELETE statements of this step, in order
 * @param rowsAfter the version table after the step (a set; kept in the order rows appeared)
 */
public record MigrationStep(
        String revision,
        boolean upgrade,
        List<String> fromRevisions,
        List<String> toRevisions,
        String doc,
        List<RowChange> rowChanges,
        List<String> rowsAfter) {

    public MigrationStep {
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
        rowChanges = List.copyOf(rowChanges);
        rowsAfter = List.copyOf(rowsAfter);
    }

    /** {@code upgrade a, b -> c}: alembic's {@code short_log}, used in {@code --sql} comments. */
    public String shortLog() {
        return (upgrade ? "upgrade" : "downgrade") + " " + String.join(", ", fromRevisions) + " -> "
                + String.join(", ", toRevisions);
    }

    /** The line alembic logs when it runs this step, without the logger prefix. */
    public String logLine() {
        return "Running " + shortLog() + (doc.isEmpty() ? "" : ", " + doc);
    }
}
