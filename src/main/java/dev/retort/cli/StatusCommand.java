package dev.retort.cli;

import dev.retort.db.DbIssue;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionException;
import dev.retort.parsing.LoadedProject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a database stands against the scripts: current rows, heads, and what an upgrade would run. */
@Command(name = "status", description = {"Show where a database stands: its current revision(s), the heads,",
    "and the steps `alembic upgrade heads` would run.",
    "Exit 0 at heads, 1 behind or inconsistent, 3 database unavailable, 255 project unreadable."})
final class StatusCommand extends ProjectCommand {
    static final int AT_HEADS = 0;
    static final int BEHIND = 1;

    enum Format { TEXT, JSON }

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.TEXT;

    @Override
    int execute(LoadedProject project) {
        DatabaseOptions.Target target = database.resolve(project, parent.context());
        VersionTableState table = database.read(target);
        if (!table.versionKnown()) {
            if (format == Format.JSON) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("database", target.display());
                root.put("status", table.status().name().toLowerCase(java.util.Locale.ROOT));
                root.put("message", table.message());
                out().println(Json.GSON.toJson(root));
                return DatabaseOptions.DATABASE_UNAVAILABLE;
            }
            throw new CommandFailedException(table.message(), DatabaseOptions.DATABASE_UNAVAILABLE);
        }
        VersionState state = VersionState.resolve(project.graph(), table.rows());
        List<MigrationStep> steps = pendingSteps(project, state);
        int exit = state.atHeads() && state.issues().isEmpty() ? AT_HEADS : BEHIND;
        if (format == Format.JSON) {
            out().println(Json.GSON.toJson(json(project, target, table, state, steps)));
        } else {
            printText(project, target, table, state, steps);
        }
        return exit;
    }

    private static List<MigrationStep> pendingSteps(LoadedProject project, VersionState state) {
        if (!state.upgradePlanned()) {
            return List.of();
        }
        try {
            MigrationPlan plan = new MigrationPlanner(project.graph()).upgrade(state.knownRows(), "heads");
            return plan.steps();
        } catch (RevisionException e) {
            return List.of();
        }
    }

    private void printText(LoadedProject project, DatabaseOptions.Target target, VersionTableState table,
            VersionState state, List<MigrationStep> steps) {
        out().println("Database: " + target.display() + " (" + table.versionTable() + ")");
        if (table.status() != VersionTableState.Status.CONNECTED) {
            out().println("Note: " + table.message());
        }
        out().println("Current: " + (state.current().isEmpty() ? "(base)" : String.join(", ", state.current())));
        out().println("Heads: " + String.join(", ", project.graph().heads()));
        for (DbIssue issue : state.issues()) {
            out().println("Problem: " + issue.message());
        }
        if (!steps.isEmpty()) {
            out().println("Pending (alembic upgrade heads would run " + steps.size() + " step(s)):");
            int n = 1;
            for (MigrationStep step : steps) {
                out().println(String.format("%3d. %s", n++, step.logLine()));
            }
        }
        out().println("Status: " + state.summary());
    }

    private static Map<String, Object> json(LoadedProject project, DatabaseOptions.Target target,
            VersionTableState table, VersionState state, List<MigrationStep> steps) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("database", target.display());
        root.put("versionTable", table.versionTable());
        root.put("status", state.atHeads() && state.issues().isEmpty() ? "at-heads" : "behind");
        root.put("summary", state.summary());
        root.put("rows", state.rows());
        root.put("current", state.current());
        root.put("heads", project.graph().heads());
        List<Map<String, String>> pending = new ArrayList<>();
        for (MigrationStep step : steps) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("revision", step.revision());
            m.put("log", step.logLine());
            pending.add(m);
        }
        root.put("pending", pending);
        root.put("problems", state.issues().stream().map(DbIssue::message).toList());
        return root;
    }
}
