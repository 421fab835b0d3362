package dev.retort.cli;

import dev.retort.db.CurrentOutput;
import dev.retort.db.VersionTableState;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.parsing.LoadedProject;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alembic current}, read directly from the version table (read-only; env.py is not run). */
@Command(name = "current", description = {"Display the current revision for a database.",
    "Reads the version table read-only; exit 0, 255 alembic-style failure, 3 database unavailable."})
final class CurrentCommand extends ProjectCommand {
    @Mixin
    DatabaseOptions database;

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output")
    boolean verbose;

    @Override
    int execute(LoadedProject project) {
        DatabaseOptions.Target target = database.resolve(project, parent.context());
        VersionTableState state = database.read(target);
        List<String> rows = state.alembicRows().orElseThrow(() -> new CommandFailedException(state.message(),
                DatabaseOptions.DATABASE_UNAVAILABLE));
        if (state.status() == VersionTableState.Status.VERSION_TABLE_MISSING) {
            err().println("note: " + state.message());
        }
        CurrentOutput output = CurrentOutput.of(project.graph(), rows);
        if (output.failure().isPresent()) {
            throw new CommandFailedException(output.failure().get());
        }
        if (verbose) {
            out().println("Current revision(s) for " + target.display() + ":");
            ScriptFormat format = new ScriptFormat(project.graph(), Set.copyOf(rows));
            for (String id : new MigrationPlanner(project.graph()).current(rows)) {
                out().println(format.logEntry(id));
            }
        } else {
            out().print(output.stdout());
        }
        return 0;
    }
}
