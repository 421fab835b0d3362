package dev.retort.db;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.RevisionException;
import dev.retort.model.graph.RevisionGraph;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What {@code alembic current} prints for a set of version-table rows (alembic 1.8.1, not
 * verbose): one line per revision of {@code _get_all_current}, each
 * {@code <rev>[ (head)| (effective head)][ (branchpoint)][ (mergepoint)]}, or
 * {@code FAILED: <text>} with exit code 255 when a row cannot be resolved.
 *
 * <p>Alembic prints the revisions in the iteration order of a Python set, which changes between
 * runs; Retort prints them in load order. Compare with alembic's output as a set.
 *
 * @param lines the revision lines (empty for an empty table, or on failure)
 * @param failure alembic's error text, without the {@code FAILED: } prefix
 */
public record CurrentOutput(List<String> lines, Optional<String> failure) {

    public CurrentOutput {
        lines = List.copyOf(lines);
    }

    /** The output for {@code rows} against {@code graph}. Never throws. */
    public static CurrentOutput of(RevisionGraph graph, Collection<String> rows) {
        try {
            List<String> revisions = new MigrationPlanner(graph).current(rows);
            return new CurrentOutput(revisions.stream().map(r -> line(graph, r)).toList(), Optional.empty());
        } catch (RevisionException e) {
            return new CurrentOutput(List.of(), Optional.of(AlembicMessages.commandText(e)));
        }
    }

    /**
     * One revision as {@code Script.cmd_format(verbose=False)} prints it: real head, else
     * effective head (a head only because something depends on it), then branch and merge point.
     */
    public static String line(RevisionGraph graph, String revision) {
        StringBuilder text = new StringBuilder(revision);
        if (graph.isRealHead(revision)) {
            text.append(" (head)");
        } else if (graph.isEffectiveHead(revision)) {
            text.append(" (effective head)");
        }
        if (graph.isBranchPoint(revision)) {
            text.append(" (branchpoint)");
        }
        if (graph.isMergePoint(revision)) {
            text.append(" (mergepoint)");
        }
        return text.toString();
    }

    /** The first line of {@code current --verbose}, with the password shown as alembic shows it. */
    public static String verboseHeader(SqlAlchemyUrl url) {
        return "Current revision(s) for " + url.alembicObfuscated() + ":";
    }

    /** Everything alembic writes to stdout, each line ending in a newline. */
    public String stdout() {
        if (failure.isPresent()) {
            return "FAILED: " + failure.get() + "\n";
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    /** Alembic's exit code: 0, or 255 for {@code FAILED:}. */
    public int exitCode() {
        return failure.isPresent() ? 255 : 0;
    }
}
