package dev.retort.ui.upgrade;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.RevisionException;
import dev.retort.model.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans what the wizard shows: the steps {@code alembic upgrade/downgrade TARGET} would run from
 * the database's rows ({@link MigrationPlanner}), or the revisions a stamp writes; a target alembic
 * would refuse gives alembic's own message.
 */
public final class WizardPlanner {
    /** What alembic's stamp says for {@code stamp head} with several heads ({@code _stamp_revs}). */
    static final String STAMP_MULTIPLE_HEADS = "Multiple heads are present; please specify a single target revision";

    private WizardPlanner() {
    }

    public static WizardPlan plan(RevisionGraph graph, UpgradeOperation operation, List<String> rows, String target) {
        String spec = target.strip();
        if (spec.isEmpty()) {
            return WizardPlan.failed(operation, rows, spec, "Enter a target: heads, head, a revision id or prefix, "
                    + "label@head, +1, -1, base…");
        }
        if (spec.startsWith("--") || spec.chars().anyMatch(Character::isWhitespace)) {
            return WizardPlan.failed(operation, rows, spec, "'" + spec + "' is not a revision argument alembic "
                    + "accepts.");
        }
        try {
            return switch (operation) {
                case UPGRADE -> planned(operation, rows, spec, new MigrationPlanner(graph).upgrade(rows, spec));
                case DOWNGRADE -> planned(operation, rows, spec, new MigrationPlanner(graph).downgrade(rows, spec));
                case STAMP -> stamp(graph, rows, spec);
            };
        } catch (RevisionException e) {
            AlembicMessages.Overrides overrides = switch (operation) {
                case UPGRADE -> AlembicMessages.Overrides.upgrade(spec);
                case DOWNGRADE -> AlembicMessages.Overrides.downgrade(spec);
                case STAMP -> AlembicMessages.Overrides.multipleHeads(STAMP_MULTIPLE_HEADS);
            };
            return WizardPlan.failed(operation, rows, spec, AlembicMessages.commandText(e, overrides));
        }
    }

    private static WizardPlan planned(UpgradeOperation operation, List<String> rows, String target, MigrationPlan plan) {
        List<String> notes = new ArrayList<>(plan.warnings());
        if (plan.isEmpty()) {
            notes.add("Nothing to run: the database is already at " + target + ". alembic would only connect and "
                    + "exit.");
        }
        return new WizardPlan(operation, rows, target, Optional.of(plan), List.of(), Optional.empty(), notes);
    }

    private static WizardPlan stamp(RevisionGraph graph, List<String> rows, String target) {
        List<String> ids = graph.resolver().resolveIds(target);
        List<String> notes = new ArrayList<>();
        notes.add("Stamp runs no migration: it only rewrites the version table, to "
                + (ids.isEmpty() ? "empty (base)" : String.join(", ", ids))
                + ". Use it when the schema already matches, never to skip migrations that did not run.");
        return new WizardPlan(UpgradeOperation.STAMP, rows, target, Optional.empty(), ids, Optional.empty(), notes);
    }
}
