package dev.retort.cli;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RowChange;
import dev.retort.parsing.LoadedProject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The steps {@code alembic upgrade TARGET} (or downgrade) would run, without a database. */
@Command(name = "plan", description = {
    "Show the steps `alembic upgrade TARGET` would run from the given version-table rows, in order,",
    "and the version table after each step. Nothing is run and no database is touched."})
final class PlanCommand extends ProjectCommand {
    enum Format { TEXT, JSON, SQL }

    @Parameters(index = "0", paramLabel = "TARGET", description = "upgrade target: heads, head, an id, "
            + "label@head, +1, rev-1, ...", defaultValue = "heads")
    String target;

    @Option(names = "--from", paramLabel = "REVS", description = "what the version table holds now, "
            + "comma-separated (default: nothing, a fresh database)")
    String from = "";

    @Option(names = "--downgrade", description = "plan `alembic downgrade TARGET` instead")
    boolean downgrade;

    @Option(names = "--version-table", paramLabel = "NAME", description = "table name for --format sql "
            + "(default: alembic_version)")
    String versionTable = "alembic_version";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, or sql (the "
            + "version-table statements as `alembic upgrade --sql` prints them)")
    Format format = Format.TEXT;

    @Override
    int execute(LoadedProject project) {
        List<String> rows = Arrays.stream(from.split(",")).map(String::strip).filter(s -> !s.isEmpty()
                && !"base".equals(s)).toList();
        for (String row : rows) {
            if (!project.graph().contains(row)) {
                throw new CommandFailedException("Can't locate revision identified by '" + row + "'");
            }
        }
        MigrationPlanner planner = new MigrationPlanner(project.graph());
        MigrationPlan plan = downgrade
                ? alembic(() -> planner.downgrade(rows, target), AlembicMessages.Overrides.downgrade(target))
                : alembic(() -> planner.upgrade(rows, target), AlembicMessages.Overrides.upgrade(target));
        plan.warnings().forEach(w -> err().println("warning: " + w));
        switch (format) {
            case JSON -> out().println(Json.GSON.toJson(json(plan)));
            case SQL -> printSql(plan);
            default -> printText(plan);
        }
        return 0;
    }

    private void printText(MigrationPlan plan) {
        out().println((plan.upgrade() ? "upgrade " : "downgrade ") + plan.target() + " from "
                + rowsText(plan.rowsBefore()) + ": " + plan.steps().size() + " step(s)");
        int n = 1;
        for (MigrationStep step : plan.steps()) {
            out().println(String.format("%3d. %s", n++, step.logLine()));
            List<String> changes = new ArrayList<>();
            for (RowChange c : step.rowChanges()) {
                changes.add(switch (c.kind()) {
                    case INSERT -> "INSERT " + c.to();
                    case DELETE -> "DELETE " + c.from();
                    case UPDATE -> "UPDATE " + c.from() + " -> " + c.to();
                });
            }
            out().println("     " + String.join("; ", changes) + "  => " + rowsText(step.rowsAfter()));
        }
        out().println("version table after: " + rowsText(plan.rowsAfter()));
    }

    private void printSql(MigrationPlan plan) {
        for (MigrationStep step : plan.steps()) {
            out().println("-- Running " + step.shortLog());
            step.rowChanges().forEach(c -> out().println(c.sql(versionTable)));
            out().println();
        }
    }

    private static String rowsText(List<String> rows) {
        return rows.isEmpty() ? "(empty)" : String.join(", ", rows);
    }

    private static Map<String, Object> json(MigrationPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("direction", plan.upgrade() ? "upgrade" : "downgrade");
        root.put("target", plan.target());
        root.put("rowsBefore", plan.rowsBefore());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("revision", step.revision());
            s.put("log", step.logLine());
            s.put("from", step.fromRevisions());
            s.put("to", step.toRevisions());
            List<Map<String, String>> changes = new ArrayList<>();
            for (RowChange c : step.rowChanges()) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("kind", c.kind().name());
                m.put("from", c.from());
                m.put("to", c.to());
                changes.add(m);
            }
            s.put("rowChanges", changes);
            s.put("rowsAfter", step.rowsAfter());
            steps.add(s);
        }
        root.put("steps", steps);
        root.put("rowsAfter", plan.rowsAfter());
        root.put("warnings", plan.warnings());
        return root;
    }
}
