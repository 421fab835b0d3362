package dev.retort.cli;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The texts alembic's {@code Script} prints: {@code log_entry} (verbose and {@code show}) and
 * {@code _head_only} (one-line forms of {@code heads}, {@code branches}, {@code history}).
 */
final class ScriptFormat {
    private final RevisionGraph graph;
    private final Set<String> currentRows;

    ScriptFormat(RevisionGraph graph) {
        this(graph, Set.of());
    }

    /** @param currentRows revisions to mark {@code (current)}, as {@code history -i} does */
    ScriptFormat(RevisionGraph graph, Set<String> currentRows) {
        this.graph = graph;
        this.currentRows = currentRows;
    }

    /** Flags of {@code Script._head_only}. */
    record OneLine(boolean branches, boolean doc, boolean parents, boolean treeIndicators) {
        static final OneLine HEADS = new OneLine(true, false, false, false);
        static final OneLine BRANCH_POINT = new OneLine(true, false, false, true);
        static final OneLine HISTORY = new OneLine(true, true, true, true);

        static OneLine branchChild(boolean withDoc) {
            return new OneLine(true, withDoc, false, true);
        }
    }

    /** {@code Script.log_entry}; ends with a newline. */
    String logEntry(String id) {
        Revision rev = graph.revision(id).orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append("Rev: ").append(id)
                .append(graph.isHead(id) ? " (head)" : "")
                .append(graph.isBranchPoint(id) ? " (branchpoint)" : "")
                .append(graph.isMergePoint(id) ? " (mergepoint)" : "")
                .append(currentRows.contains(id) ? " (current)" : "")
                .append('\n');
        out.append(graph.isMergePoint(id) ? "Merges: " : "Parent: ").append(downRevisionText(rev)).append('\n');
        if (!rev.dependsOn().isEmpty()) {
            out.append("Also depends on: ").append(String.join(", ", rev.dependsOn())).append('\n');
        }
        if (graph.isBranchPoint(id)) {
            out.append("Branches into: ").append(String.join(", ", graph.children(id))).append('\n');
        }
        if (!graph.branchLabels(id).isEmpty()) {
            out.append("Branch names: ").append(String.join(", ", graph.branchLabels(id))).append('\n');
        }
        out.append("Path: ").append(rev.path()).append('\n');
        List<String> lines = new ArrayList<>();
        for (String para : PythonStrings.splitLines(rev.longDoc())) {
            lines.add("    " + para);
        }
        out.append('\n').append(String.join("\n", lines)).append('\n');
        return out.toString();
    }

    /** {@code Script._head_only}. */
    String oneLine(String id, OneLine flags) {
        Revision rev = graph.revision(id).orElseThrow();
        StringBuilder text = new StringBuilder();
        if (flags.parents()) {
            text.append(downRevisionText(rev));
            if (!rev.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", rev.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(id);
        if (flags.branches() && !graph.branchLabels(id).isEmpty()) {
            text.append(" (").append(String.join(", ", graph.branchLabels(id))).append(')');
        }
        text.append(graph.isRealHead(id) ? " (head)" : "")
                .append(graph.isEffectiveHead(id) ? " (effective head)" : "")
                .append(currentRows.contains(id) ? " (current)" : "");
        if (flags.treeIndicators()) {
            text.append(graph.isBranchPoint(id) ? " (branchpoint)" : "")
                    .append(graph.isMergePoint(id) ? " (mergepoint)" : "");
        }
        if (flags.doc()) {
            text.append(", ").append(rev.doc());
        }
        return text.toString();
    }

    /** {@code Script._format_down_revision}: declared parents, or {@code <base>}. */
    static String downRevisionText(Revision rev) {
        return rev.isBase() ? "<base>" : String.join(", ", rev.downRevisions());
    }
}
