package dev.retort.cli;

import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.runner.AlembicSubcommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alembic stamp}, run by the project's own alembic; the database is re-read afterwards. */
@Command(name = "stamp", description = {"'stamp' the revision table with the given revision; don't run any "
    + "migrations.", "Runs the project's alembic. Exit code: alembic's; 127 when no alembic is found."})
final class StampCommand extends AlembicPassthrough {
    @Parameters(arity = "1..*", paramLabel = "REVISIONS", description = "revision identifier(s)")
    List<String> revisions;

    @Option(names = "--purge", description = "Unconditionally erase the version table before stamping")
    boolean purge;

    @Override
    AlembicSubcommand subcommand() {
        return AlembicSubcommand.stamp(revisions, purge, run.sql);
    }

    /** Retort does not plan stamps (reference 3.9); the rows are shown before and after. */
    @Override
    Optional<MigrationPlan> plan(MigrationPlanner planner, List<String> rows) {
        return Optional.empty();
    }
}
