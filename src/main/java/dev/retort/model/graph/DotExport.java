package dev.retort.model.graph;

import dev.retort.model.revision.Revision;

/** Graphviz DOT of a revision graph: heads at the top, bases at the bottom, depends_on dashed. */
public final class DotExport {
    private DotExport() {
    }

    public static String write(RevisionGraph graph) {
        StringBuilder dot = new StringBuilder("digraph alembic {\n");
        dot.append("  rankdir=BT;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", "
                + "fontname=\"Helvetica\"];\n");
        for (Revision rev : graph.revisions()) {
            String id = rev.id();
            dot.append("  ").append(quote(id)).append(" [label=").append(quote(label(graph, rev)));
            if (graph.isHead(id)) {
                dot.append(", fillcolor=\"#d1f2d9\", penwidth=2");
            } else if (graph.isBase(id)) {
                dot.append(", fillcolor=\"#e3ecfa\"");
            }
            if (graph.isMergePoint(id)) {
                dot.append(", shape=hexagon");
            } else if (graph.isBranchPoint(id)) {
                dot.append(", shape=diamond");
            }
            dot.append("];\n");
        }
        for (RevisionEdge e : graph.asGraph().edgeSet()) {
            dot.append("  ").append(quote(e.parent())).append(" -> ").append(quote(e.child()));
            if (e.kind() == EdgeKind.DEPENDS_ON) {
                dot.append(" [style=dashed, label=\"depends_on\"]");
            }
            dot.append(";\n");
        }
        return dot.append("}\n").toString();
    }

    private static String label(RevisionGraph graph, Revision rev) {
        String labels = graph.branchLabels(rev.id()).isEmpty() ? ""
                : "\n(" + String.join(", ", graph.branchLabels(rev.id())) + ")";
        return rev.id() + "\n" + rev.doc().lines().findFirst().orElse("") + labels;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
