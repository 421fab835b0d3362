package dev.retort.cli;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.runner.AlembicSubcommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alembic downgrade}, run by the project's own alembic, with Retort's plan and progress. */
@Command(name = "downgrade", description = {"Revert to a previous version, by running the project's alembic.",
    "Shows Retort's plan first, passes alembic's output through, then re-reads the database.",
    "Exit code: alembic's; 127 when no alembic is found."})
final class DowngradeCommand extends AlembicPassthrough {
    @Parameters(index = "0", paramLabel = "REVISION", description = "revision identifier: base, an id, -1, "
            + "label@-1, ...; with --sql FROM:TARGET (alembic requires the range offline)")
    String revision;

    @Override
    AlembicSubcommand subcommand() {
        int colon = revision.indexOf(':');
        if (!run.sql) {
            return AlembicSubcommand.downgrade(revision);
        }
        if (colon < 0) {
            // alembic answers "downgrade with --sql requires <fromrev>:<torev>" itself
            return new AlembicSubcommand("downgrade", List.of("--sql", revision), true);
        }
        return AlembicSubcommand.downgradeSql(revision.substring(0, colon), revision.substring(colon + 1));
    }

    @Override
    Optional<List<String>> rowsFromArguments() {
        int colon = revision.indexOf(':');
        return run.sql && colon > 0 ? Optional.of(List.of(revision.substring(0, colon))) : Optional.empty();
    }

    @Override
    Optional<MigrationPlan> plan(MigrationPlanner planner, List<String> rows) {
        return Optional.of(planner.downgrade(rows, target()));
    }

    @Override
    AlembicMessages.Overrides overrides() {
        return AlembicMessages.Overrides.downgrade(target());
    }

    private String target() {
        int colon = revision.indexOf(':');
        return run.sql && colon >= 0 ? revision.substring(colon + 1) : revision;
    }
}
