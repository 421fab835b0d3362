package dev.retort.ui.graph;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The structural style classes of revisions: what kind of node each one is. */
final class NodeKinds {
    private NodeKinds() {
    }

    /** The structural classes of every revision that has any. */
    static Map<String, Set<String>> structuralClasses(RevisionGraph graph, Set<String> withErrors,
            Set<String> withWarnings) {
        Map<String, Set<String>> classes = new HashMap<>();
        for (Revision rev : graph.revisions()) {
            String id = rev.id();
            java.util.Set<String> set = new java.util.HashSet<>();
            if (graph.isHead(id)) {
                set.add("head");
            }
            if (graph.isBase(id)) {
                set.add("base");
            }
            if (graph.isMergePoint(id)) {
                set.add("merge");
            }
            if (graph.isBranchPoint(id)) {
                set.add("branchpoint");
            }
            if (!rev.branchLabels().isEmpty()) {
                set.add("labeled");
            }
            if (withErrors.contains(id)) {
                set.add("problem");
            } else if (withWarnings.contains(id)) {
                set.add("warning");
            }
            if (!set.isEmpty()) {
                classes.put(id, set);
            }
        }
        return classes;
    }
}
