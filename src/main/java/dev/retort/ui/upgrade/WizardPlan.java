package dev.retort.ui.upgrade;

import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard will ask alembic to do, as planned from the database's rows.
 *
 * @param operation upgrade, downgrade or stamp
 * @param rows the version table now (empty for a fresh database)
 * @param target the target as typed
 * @param plan the ordered steps (upgrade and downgrade only)
 * @param stampTargets the revisions a stamp writes (stamp only)
 * @param error why it cannot run, in alembic's words where alembic would refuse; empty when it can
 * @param notes things worth knowing that do not stop the run (alembic's warnings, nothing to do)
 */
public record WizardPlan(UpgradeOperation operation, List<String> rows, String target, Optional<MigrationPlan> plan,
        List<String> stampTargets, Optional<String> error, List<String> notes) {

    public WizardPlan {
        Objects.requireNonNull(operation, "operation");
        rows = List.copyOf(rows);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        stampTargets = List.copyOf(stampTargets);
        Objects.requireNonNull(error, "error");
        notes = List.copyOf(notes);
    }

    /** A plan that cannot run, for this reason. */
    public static WizardPlan failed(UpgradeOperation operation, List<String> rows, String target, String why) {
        return new WizardPlan(operation, rows, target, Optional.empty(), List.of(), Optional.of(why), List.of());
    }

    /** The same plan with more notes after its own. */
    public WizardPlan withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new WizardPlan(operation, rows, target, plan, stampTargets, error, all);
    }

    /** The steps in order (none for stamp or a failed plan). */
    public List<MigrationStep> steps() {
        return plan.map(MigrationPlan::steps).orElse(List.of());
    }

    /** True when alembic would do something: steps to run, or a stamp. */
    public boolean hasWork() {
        return error.isEmpty() && (operation == UpgradeOperation.STAMP || !steps().isEmpty());
    }

    /** The version table Retort expects afterwards (a stamp's targets for stamp). */
    public List<String> expectedRows() {
        return operation == UpgradeOperation.STAMP ? stampTargets : plan.map(MigrationPlan::rowsAfter).orElse(rows);
    }
}
