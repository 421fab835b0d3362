package dev.retort.ui.upgrade;

import dev.retort.parsing.config.AlembicConfig;
import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicInstallation;
import dev.retort.runner.ProfileVariables;
import dev.retort.runner.SqlPreview;
import dev.retort.runner.SqlPreviewResult;
import dev.retort.ui.db.DatabaseStatus;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The alembic commands the wizard runs: as the project was opened, with the chosen profile's variables. */
final class WizardCommands {
    private WizardCommands() {
    }

    /**
     * {@code <alembic> -c <config> -n <section> <operation> <target>} in the directory Retort read the
     * project from, with the profile's variables (secrets without a saved value are left to the
     * inherited environment); empty until alembic, the project and a database are there.
     */
    static Optional<AlembicCommand> command(Optional<AlembicInstallation> alembic, Optional<AlembicConfig> config,
            Optional<DatabaseStatus> database, WizardPlan plan) {
        if (alembic.isEmpty() || config.isEmpty() || database.isEmpty()) {
            return Optional.empty();
        }
        AlembicCommand.Builder builder = AlembicCommand.builder(alembic.get().argvPrefix(), config.get().configFile())
                .section(config.get().section()).workingDirectory(config.get().runDirectory())
                .variables(ProfileVariables.of(database.get().profile().environment()).passed());
        try {
            return Optional.of(builder.build(plan.operation().command(plan.target().isBlank() ? "heads"
                    : plan.target())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Starts the offline preview of the plan ({@code --sql FROM:TARGET}); a stamp has none. Blocks briefly (fork). */
    static SqlPreview.Pending startPreview(SqlPreview sql, AlembicCommand command, WizardPlan plan) {
        return switch (plan.operation()) {
            case UPGRADE -> sql.startUpgrade(command, plan.rows(), plan.target());
            case DOWNGRADE -> sql.startDowngrade(command, plan.rows(), plan.target());
            case STAMP -> new SqlPreview.Pending(Optional.empty(), CompletableFuture.completedFuture(
                    new SqlPreviewResult(SqlPreviewResult.Status.NOT_EXPRESSIBLE, "", "A stamp runs no migration, so "
                            + "there is no SQL to preview besides the version table change itself.", Optional.empty())));
        };
    }
}
