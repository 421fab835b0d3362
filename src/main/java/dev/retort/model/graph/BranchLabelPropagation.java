package dev.retort.model.graph;

import java.util.List;
import java.util.Map;

/**
 * {@code RevisionMap._add_branches}: a declared label reaches every versioned descendant and,
 * when those form a simple chain, the ancestors down to the nearest real branch point or
 * merge point.
 */
final class BranchLabelPropagation {
    private final Map<String, RevisionNode> map;

    BranchLabelPropagation(Map<String, RevisionNode> map) {
        this.map = map;
    }

    void apply() {
        for (RevisionNode declaring : map.values()) {
            List<String> declared = declaring.revision.branchLabels();
            if (declared.isEmpty()) {
                continue;
            }
            List<RevisionNode> descendants = Traversal.descendants(map, List.of(declaring), false, false);
            for (RevisionNode node : descendants) {
                node.branchLabels.addAll(declared);
            }
            // alembic starts this walk at the last node its descendant loop visited (a leaked loop variable)
            RevisionNode parent = descendants.get(descendants.size() - 1);
            while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
                parent.branchLabels.addAll(declared);
                // the existing parents only: cycles are broken by now, so this walk ends
                if (parent.versionedDown.isEmpty()) {
                    break;
                }
                parent = map.get(parent.versionedDown.get(0));
            }
        }
    }
}
