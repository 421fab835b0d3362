package dev.retort.ui.upgrade;

import dev.retort.runner.AlembicSubcommand;
import java.util.List;

/** What the wizard asks alembic to do to the database. */
public enum UpgradeOperation {
    /** {@code alembic upgrade TARGET}: runs the upgrade() of the revisions between. */
    UPGRADE("Upgrade", "heads", false),
    /** {@code alembic downgrade TARGET}: runs downgrade() functions, which usually drop tables or columns. */
    DOWNGRADE("Downgrade", "-1", true),
    /** {@code alembic stamp TARGET}: rewrites the version table without running any migration. */
    STAMP("Stamp", "heads", true);

    private final String label;
    private final String defaultTarget;
    private final boolean needsConfirmation;

    UpgradeOperation(String label, String defaultTarget, boolean needsConfirmation) {
        this.label = label;
        this.defaultTarget = defaultTarget;
        this.needsConfirmation = needsConfirmation;
    }

    /** "Upgrade", "Downgrade", "Stamp". */
    public String label() {
        return label;
    }

    /** The alembic subcommand name: upgrade, downgrade, stamp. */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the target field starts with. */
    public String defaultTarget() {
        return defaultTarget;
    }

    /** True when running it needs the stronger confirmation (it can lose data or hide history). */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    /** The online command for this target. */
    public AlembicSubcommand command(String target) {
        return switch (this) {
            case UPGRADE -> AlembicSubcommand.upgrade(target);
            case DOWNGRADE -> AlembicSubcommand.downgrade(target);
            case STAMP -> AlembicSubcommand.stamp(List.of(target), false, false);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
