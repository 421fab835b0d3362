package dev.retort.cli;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.runner.AlembicSubcommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alembic upgrade}, run by the project's own alembic, with Retort's plan and progress. */
@Command(name = "upgrade", description = {"Upgrade to a later version, by running the project's alembic.",
    "Shows Retort's plan first (when the database can be read: --url, --profile or sqlalchemy.url),",
    "passes alembic's output through with progress on stderr, then re-reads the database.",
    "Exit code: alembic's; 127 when no alembic is found."})
final class UpgradeCommand extends AlembicPassthrough {
    @Parameters(index = "0", paramLabel = "REVISION", description = "revision identifier: head, heads, an id, "
            + "label@head, +1, ...; with --sql also FROM:TARGET")
    String revision;

    @Override
    AlembicSubcommand subcommand() {
        if (!run.sql) {
            return AlembicSubcommand.upgrade(revision);
        }
        int colon = revision.indexOf(':');
        return colon < 0 ? AlembicSubcommand.upgradeSql(Optional.empty(), revision)
                : AlembicSubcommand.upgradeSql(Optional.of(revision.substring(0, colon)), revision.substring(colon + 1));
    }

    /** In --sql mode alembic starts from FROM, or from an empty database. */
    @Override
    Optional<List<String>> rowsFromArguments() {
        if (!run.sql) {
            return Optional.empty();
        }
        int colon = revision.indexOf(':');
        return Optional.of(colon <= 0 ? List.of() : List.of(revision.substring(0, colon)));
    }

    @Override
    Optional<MigrationPlan> plan(MigrationPlanner planner, List<String> rows) {
        return Optional.of(planner.upgrade(rows, target()));
    }

    @Override
    AlembicMessages.Overrides overrides() {
        return AlembicMessages.Overrides.upgrade(target());
    }

    private String target() {
        int colon = revision.indexOf(':');
        return run.sql && colon >= 0 ? revision.substring(colon + 1) : revision;
    }
}
