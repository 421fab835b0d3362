package dev.retort.model.graph;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code RevisionMap._add_branches}: a declared label reaches every versioned descendant and,
 * when those form a simple chain, the ancestors down to the nearest real branch point or
 * merge point.
 *
 * <p>alembic walks all descendants of every labelled revision and copies labels into each
 * one's own set. Here labels flow up once in topological order and revisions share one set
 * until something new is added, so many labels on a long history cost little time and memory.
 * alembic's second walk starts at the last descendant its first walk visited; outside the
 * simple-chain case that walk stays among already-labelled descendants, so only the chain case
 * is walked.
 */
final class BranchLabelPropagation {
    private final Map<String, RevisionNode> map;
    private final List<RevisionNode> topologicalOrder;

    BranchLabelPropagation(Map<String, RevisionNode> map, List<RevisionNode> topologicalOrder) {
        this.map = map;
        this.topologicalOrder = topologicalOrder;
    }

    void apply() {
        for (RevisionNode node : topologicalOrder) {
            for (String parentId : node.versionedDown) {
                node.branchLabels = union(node.branchLabels, map.get(parentId).branchLabels);
            }
        }
        Map<RevisionNode, RevisionNode> chainEnds = chainEnds();
        for (RevisionNode declaring : map.values()) {
            List<String> declared = declaring.revision.branchLabels();
            RevisionNode parent = chainEnds.get(declaring);
            if (declared.isEmpty() || parent == null) {
                continue;
            }
            while (!parent.isRealBranchPoint() && !parent.isMergePoint()) {
                parent.branchLabels = union(parent.branchLabels, declared);
                // the existing parents only: cycles are broken by now, so this walk ends
                if (parent.versionedDown.isEmpty()) {
                    break;
                }
                parent = map.get(parent.versionedDown.get(0));
            }
        }
    }

    /**
     * For each revision whose versioned descendants form a simple chain (each has at most one
     * versioned child), the end of that chain: the head it leads to.
     */
    private Map<RevisionNode, RevisionNode> chainEnds() {
        Map<RevisionNode, RevisionNode> ends = new HashMap<>();
        for (int i = topologicalOrder.size() - 1; i >= 0; i--) {
            RevisionNode node = topologicalOrder.get(i);
            if (node.nextrev.isEmpty()) {
                ends.put(node, node);
            } else if (node.nextrev.size() == 1) {
                RevisionNode end = ends.get(map.get(node.nextrev.iterator().next()));
                if (end != null) {
                    ends.put(node, end);
                }
            }
        }
        return ends;
    }

    /** {@code labels ∪ more}, reusing {@code labels} when nothing is new. */
    private static Set<String> union(Set<String> labels, Collection<String> more) {
        if (labels.containsAll(more)) {
            return labels;
        }
        if (labels.isEmpty() && more instanceof Set<String> shared) {
            return shared;
        }
        Set<String> out = new LinkedHashSet<>(labels);
        out.addAll(more);
        return Collections.unmodifiableSet(out);
    }
}
