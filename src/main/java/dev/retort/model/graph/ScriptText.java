package dev.retort.model.graph;

/** The one-line forms alembic prints for a script ({@code Script.__str__}, {@code _format_down_revision}). */
final class ScriptText {
    private ScriptText() {
    }

    /** {@code Script._format_down_revision}: declared parents comma-joined, or {@code <base>}. */
    static String formatDownRevision(RevisionNode node) {
        return node.isBase() ? "<base>" : String.join(", ", node.revision.downRevisions());
    }

    /** {@code str(Script)}, as embedded in alembic's "is not present" warning. */
    static String describe(RevisionNode node) {
        return formatDownRevision(node) + " -> " + node.id
                + (node.isHead() ? " (head)" : "")
                + (node.isBranchPoint() ? " (branchpoint)" : "")
                + (node.isMergePoint() ? " (mergepoint)" : "")
                + ", " + node.revision.doc();
    }
}
