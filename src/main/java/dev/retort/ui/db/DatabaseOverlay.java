package dev.retort.ui.db;

import dev.retort.db.DbIssue;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.ui.graph.DatabaseMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the window shows for the connected databases, computed from their statuses in one pass:
 * the graph's node classes and badges, the legend and status-bar entries, the problems.
 *
 * <p>A revision a database is at gets {@code current} and, for the first such database in the
 * user's order, {@code current_rrggbb} (a solid ring in its colour), plus one badge per database
 * at it, so two databases at the same revision both show. Revisions {@code upgrade heads} would
 * run get {@code pending} and {@code pending_rrggbb} (a dashed ring) and a hollow badge.
 *
 * @param nodeClasses the "database" node layer of the graph
 * @param badges the badge colours beside each revision, in profile order
 * @param pendingBadges the hollow badge colours beside each revision an upgrade would run
 * @param namesAt the names of the databases at each revision, in profile order
 * @param colors every colour the classes and badges use
 * @param entries one per profile, in order
 * @param problems what the problems pane lists
 */
public record DatabaseOverlay(Map<String, Set<String>> nodeClasses, Map<String, List<String>> badges,
        Map<String, List<String>> pendingBadges, Map<String, List<String>> namesAt, Set<String> colors, List<Entry> entries, List<Diagnostic> problems) {

    /** Nothing connected. */
    public static final DatabaseOverlay EMPTY = new DatabaseOverlay(Map.of(), Map.of(), Map.of(), Map.of(), Set.of(),
            List.of(), List.of());

    /**
     * One database as the legend and status bar show it.
     *
     * @param shortText a few words ("database at X (1 pending to heads)", "server unreachable")
     * @param message the whole state with guidance
     * @param severity ERROR when it cannot be read or its rows are inconsistent, WARNING when it
     *     is not under alembic control or needs a password, INFO otherwise
     */
    public record Entry(String name, String color, String shortText, String message, Severity severity) {
        /** {@code name: short text}, as the status bar says it. */
        public String line() {
            return name + ": " + shortText;
        }
    }

    /** Where one database stands relative to one revision (the details pane's lines). */
    public record Mark(String name, String color, String text) {
    }

    public DatabaseOverlay {
        nodeClasses = Map.copyOf(nodeClasses);
        badges = Map.copyOf(badges);
        pendingBadges = Map.copyOf(pendingBadges);
        namesAt = Map.copyOf(namesAt);
        colors = Set.copyOf(colors);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Builds the overlay; linear in the rows and pending revisions of all databases. */
    public static DatabaseOverlay of(List<DatabaseStatus> statuses) {
        Map<String, Set<String>> classes = new HashMap<>();
        Map<String, List<String>> badges = new HashMap<>();
        Map<String, List<String>> pendingBadges = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Set<String> colors = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (DatabaseStatus status : statuses) {
            String color = DatabaseTexts.color(status.profile());
            String suffix = color.substring(1);
            colors.add(color);
            status.state().ifPresent(state -> {
                for (String row : state.knownRows()) {
                    Set<String> set = classes.computeIfAbsent(row, k -> new LinkedHashSet<>());
                    if (!set.contains("current")) {
                        set.add("current_" + suffix);
                        set.add("current");
                    }
                    badges.computeIfAbsent(row, k -> new ArrayList<>()).add(color);
                    names.computeIfAbsent(row, k -> new ArrayList<>()).add(status.profile().name());
                }
                if (showsPending(status)) {
                    for (String id : state.pending()) {
                        Set<String> set = classes.computeIfAbsent(id, k -> new LinkedHashSet<>());
                        if (!set.contains("pending")) {
                            set.add("pending_" + suffix);
                            set.add("pending");
                        }
                        pendingBadges.computeIfAbsent(id, k -> new ArrayList<>()).add(color);
                    }
                }
            });
            entries.add(new Entry(status.profile().name(), color, DatabaseTexts.shortText(status),
                    DatabaseTexts.message(status), severity(status)));
            problems.addAll(problems(status));
        }
        return new DatabaseOverlay(classes, badges, pendingBadges, names, colors, entries, problems);
    }

    /**
     * Without a version table the database is not under alembic control: it may need a stamp
     * rather than every migration, so nothing is marked as pending.
     */
    private static boolean showsPending(DatabaseStatus status) {
        return status.table().map(t -> t.status() != Status.VERSION_TABLE_MISSING).orElse(true);
    }

    /** What the graph draws: the node classes, badges, name tags and their colours. */
    public DatabaseMarks marks() {
        Map<String, DatabaseMarks.Tag> tags = new HashMap<>();
        badges.forEach((id, colors) -> tags.put(id, new DatabaseMarks.Tag(String.join(", ", namesAt.get(id)),
                colors.get(0))));
        return new DatabaseMarks(nodeClasses, badges, pendingBadges, tags, colors);
    }

    /** The status bar's text: {@code staging: database at X (1 pending to heads) · local: ...}. */
    public String statusLine() {
        return String.join(" · ", entries.stream().map(Entry::line).toList());
    }

    /** Which databases are at a revision or would run it, in profile order. */
    public static List<Mark> marksAt(List<DatabaseStatus> statuses, String revision) {
        List<Mark> marks = new ArrayList<>();
        for (DatabaseStatus status : statuses) {
            if (status.state().isEmpty()) {
                continue;
            }
            VersionState state = status.state().get();
            String name = status.profile().name();
            String color = DatabaseTexts.color(status.profile());
            if (state.isRow(revision)) {
                int pending = state.pending().size();
                marks.add(new Mark(name, color, name + " is at this revision"
                        + (state.knownRows().size() > 1 ? " (one of " + state.knownRows().size() + " rows)" : "")
                        + (state.atHeads() ? ", up to date" : pending > 0 ? ", " + pending + " migration"
                                + (pending == 1 ? "" : "s") + " to go" : "")));
            }
            int step = state.pending().indexOf(revision);
            if (step >= 0 && showsPending(status)) {
                marks.add(new Mark(name, color, "upgrade heads on " + name + " would run it (step " + (step + 1)
                        + " of " + state.pending().size() + ")"));
            }
        }
        return marks;
    }

    static Severity severity(DatabaseStatus status) {
        Optional<VersionTableState> table = status.table();
        if (table.isEmpty()) {
            return Severity.INFO;
        }
        if (!table.get().versionKnown()) {
            return DatabaseTexts.passwordNeeded(table.get()) ? Severity.WARNING : Severity.ERROR;
        }
        if (status.state().map(s -> s.issues().stream().anyMatch(DbIssue::isError)).orElse(false)) {
            return Severity.ERROR;
        }
        return table.get().status() == Status.VERSION_TABLE_MISSING ? Severity.WARNING : Severity.INFO;
    }

    private static List<Diagnostic> problems(DatabaseStatus status) {
        String name = status.profile().name();
        List<Diagnostic> out = new ArrayList<>();
        if (status.table().isEmpty()) {
            return out;
        }
        VersionTableState table = status.table().get();
        if (!table.versionKnown()) {
            Severity severity = DatabaseTexts.passwordNeeded(table) ? Severity.WARNING : Severity.ERROR;
            out.add(new Diagnostic(severity, DiagnosticCode.DATABASE_UNAVAILABLE, name + ": " + table.message(),
                    Optional.empty(), Optional.empty()));
            return out;
        }
        if (table.status() == Status.VERSION_TABLE_MISSING) {
            out.add(Diagnostic.warning(DiagnosticCode.DATABASE_NOT_UNDER_ALEMBIC, name + ": " + table.message()));
        }
        status.state().ifPresent(state -> {
            for (DbIssue issue : state.issues()) {
                DiagnosticCode code = switch (issue.code()) {
                    case VERSION_ROW_UNKNOWN -> DiagnosticCode.DATABASE_ROW_UNKNOWN;
                    case VERSION_ROWS_OVERLAP -> DiagnosticCode.DATABASE_ROWS_OVERLAP;
                    default -> DiagnosticCode.DATABASE_PLAN_FAILED;
                };
                Diagnostic d = new Diagnostic(issue.severity(), code, name + ": " + issue.message(), Optional.empty(),
                        Optional.empty());
                Optional<String> revision = state.overlaps().stream()
                        .filter(o -> issue.message().equals(o.message())).map(VersionState.Overlap::revision)
                        .findFirst();
                out.add(revision.map(d::forRevision).orElse(d));
            }
        });
        return out;
    }
}
