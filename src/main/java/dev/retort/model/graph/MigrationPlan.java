package dev.retort.model.graph;

import java.util.List;

/**
 * The ordered steps alembic would run for {@code upgrade TARGET} or {@code downgrade TARGET}
 * from the given version-table rows.
 *
 * @param upgrade true for upgrade, false for downgrade
 * @param rowsBefore the version table before the first step
 * @param target the target spec as given
 * @param steps in execution order
 * @param warnings what alembic would warn about on the way
 */
public record MigrationPlan(boolean upgrade, List<String> rowsBefore, String target, List<MigrationStep> steps,
        List<String> warnings) {

    public MigrationPlan {
        rowsBefore = List.copyOf(rowsBefore);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** The version table after the last step. */
    public List<String> rowsAfter() {
        return steps.isEmpty() ? rowsBefore : steps.get(steps.size() - 1).rowsAfter();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
