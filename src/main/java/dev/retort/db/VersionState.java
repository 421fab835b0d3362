package dev.retort.db;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionException;
import dev.retort.model.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a database stands against the project's revision graph: which version-table rows the
 * scripts know, which overlap, what {@code alembic current} shows and what {@code alembic upgrade
 * heads} would run. This is what the graph view marks as "current" and "pending".
 *
 * @param rows the version-table rows as read (raw order, duplicates kept)
 * @param knownRows distinct rows that name a revision of the graph, in row order
 * @param unknownRows distinct rows no script defines, in row order
 * @param overlaps rows that have other rows among their ancestors
 * @param current what {@code alembic current} lists (computed from the known rows, so the graph
 *     can still be marked when some rows are unknown)
 * @param pending the revisions {@code upgrade heads} would run, in execution order; empty when
 *     it cannot be planned (see {@link #issues()})
 * @param upgradePlanned true when {@code upgrade heads} could be planned from these rows
 * @param summary one line for the status bar, e.g. {@code database at 1687c833bfcc (2 pending to head)}
 * @param issues unknown rows, overlaps, and planner failures with alembic's wording
 */
public record VersionState(List<String> rows, List<String> knownRows, List<String> unknownRows,
        List<Overlap> overlaps, List<String> current, List<String> pending, boolean upgradePlanned,
        String summary, List<DbIssue> issues) {

    /**
     * A row with other rows among its ancestors (dependencies included), which makes alembic
     * fail with {@code Requested revision X overlaps with other requested revisions Y}.
     *
     * @param revision the descendant row
     * @param ancestorRows the rows below it, in row order
     */
    public record Overlap(String revision, List<String> ancestorRows) {
        public Overlap {
            Objects.requireNonNull(revision, "revision");
            ancestorRows = List.copyOf(ancestorRows);
        }

        /** Alembic's text for this overlap. */
        public String message() {
            return "Requested revision " + revision + " overlaps with other requested revisions "
                    + String.join(", ", ancestorRows);
        }
    }

    public VersionState {
        rows = List.copyOf(rows);
        knownRows = List.copyOf(knownRows);
        unknownRows = List.copyOf(unknownRows);
        overlaps = List.copyOf(overlaps);
        current = List.copyOf(current);
        pending = List.copyOf(pending);
        Objects.requireNonNull(summary, "summary");
        issues = List.copyOf(issues);
    }

    /**
     * Resolves version-table rows against a graph. Never throws: planner errors become issues.
     *
     * @param graph the project's revisions
     * @param rows the version table's rows, as read (empty for an empty or missing table)
     */
    public static VersionState resolve(RevisionGraph graph, Collection<String> rows) {
        List<String> raw = List.copyOf(rows);
        Set<String> distinct = new LinkedHashSet<>(raw);
        List<String> known = distinct.stream().filter(graph::contains).toList();
        List<String> unknown = distinct.stream().filter(r -> !graph.contains(r)).toList();
        List<DbIssue> issues = new ArrayList<>();
        MigrationPlanner planner = new MigrationPlanner(graph);

        if (!unknown.isEmpty()) {
            issues.add(DbIssue.error(DbIssueCode.VERSION_ROW_UNKNOWN, unknownMessage(unknown)));
        }
        List<Overlap> overlaps = overlaps(graph, known);
        overlaps.forEach(o -> issues.add(DbIssue.error(DbIssueCode.VERSION_ROWS_OVERLAP, o.message())));

        List<String> current = List.of();
        try {
            current = planner.current(known);
        } catch (RevisionException e) {
            issues.add(DbIssue.error(DbIssueCode.VERSION_PLAN_FAILED, AlembicMessages.commandText(e)));
        }

        List<String> pending = List.of();
        boolean planned = false;
        String planFailure = null;
        if (unknown.isEmpty()) {
            try {
                pending = planner.upgrade(distinct, "heads").steps().stream().map(MigrationStep::revision).toList();
                planned = true;
            } catch (RevisionException e) {
                planFailure = AlembicMessages.commandText(e, AlembicMessages.Overrides.upgrade("heads"));
                String failure = planFailure;
                if (issues.stream().noneMatch(i -> i.message().equals(failure))) {
                    issues.add(DbIssue.error(overlaps.isEmpty() ? DbIssueCode.VERSION_PLAN_FAILED
                            : DbIssueCode.VERSION_ROWS_OVERLAP, failure));
                }
            }
        }
        String summary = summary(graph, raw, distinct, unknown, overlaps, pending, planned, planFailure);
        return new VersionState(raw, known, unknown, overlaps, current, pending, planned, summary, issues);
    }

    /** True when the rows are all known and {@code upgrade heads} has nothing to run. */
    public boolean atHeads() {
        return upgradePlanned && pending.isEmpty();
    }

    /** True for an empty version table (or none at all). */
    public boolean atBase() {
        return rows.isEmpty();
    }

    /** Convenience: is {@code revision} one of the rows (the graph marks it "current")? */
    public boolean isRow(String revision) {
        return knownRows.contains(revision);
    }

    /** Convenience: would {@code upgrade heads} run {@code revision} (the graph marks it "pending")? */
    public boolean isPending(String revision) {
        return pending.contains(revision);
    }

    private static String unknownMessage(List<String> unknown) {
        String ids = unknown.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", "));
        return "database is at " + ids + ", which no script defines: a migration file is missing from this checkout";
    }

    private static List<Overlap> overlaps(RevisionGraph graph, List<String> known) {
        List<Overlap> out = new ArrayList<>();
        for (String row : known) {
            Set<String> below = graph.ancestors(row, true);
            List<String> ancestorRows = known.stream().filter(o -> !o.equals(row) && below.contains(o)).toList();
            if (!ancestorRows.isEmpty()) {
                out.add(new Overlap(row, ancestorRows));
            }
        }
        return out;
    }

    private static String summary(RevisionGraph graph, List<String> raw, Set<String> distinct, List<String> unknown,
            List<Overlap> overlaps, List<String> pending, boolean planned, String planFailure) {
        if (!unknown.isEmpty()) {
            return unknownMessage(unknown);
        }
        if (!overlaps.isEmpty()) {
            return "database rows overlap: " + overlaps.get(0).message();
        }
        String at = raw.isEmpty() ? "base" : String.join(", ", distinct);
        if (!planned) {
            return "database at " + at + " (upgrade to heads fails: " + planFailure + ")";
        }
        if (pending.isEmpty()) {
            return raw.isEmpty() ? "database at base (no revisions)" : "database at heads";
        }
        String to = graph.heads().size() > 1 ? "heads" : "head";
        return "database at " + at + " (" + pending.size() + " pending to " + to + ")";
    }
}
