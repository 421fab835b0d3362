package dev.retort.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A literal port of {@code RevisionMap._topological_sort}. It decides the order of
 * {@code history} (as returned, top-down) and of {@code upgrade} (reversed), so it must not be
 * replaced by any textbook topological order.
 */
final class TopologicalSort {
    private final Map<String, RevisionNode> map;
    private final Map<String, Integer> insertionOrder = new HashMap<>();

    TopologicalSort(Map<String, RevisionNode> map) {
        this.map = map;
        int i = 0;
        for (String id : map.keySet()) {
            insertionOrder.put(id, i++);
        }
    }

    /**
     * @param revisions the revisions to emit
     * @param heads where to start; only those among {@code revisions} count
     * @return ids, newest first
     * @throws RevisionException with alembic's bare {@code AssertionError} case when some
     *     revision cannot be reached from the heads
     */
    List<String> sort(Collection<RevisionNode> revisions, Collection<RevisionNode> heads) {
        Set<String> todo = new HashSet<>();
        for (RevisionNode r : revisions) {
            todo.add(r.id);
        }
        Set<String> startSet = new LinkedHashSet<>();
        for (RevisionNode h : heads) {
            if (h != null && todo.contains(h.id)) {
                startSet.add(h.id);
            }
        }
        List<String> currentHeads = new ArrayList<>(startSet);
        currentHeads.sort((a, b) -> Integer.compare(insertionOrder.get(a), insertionOrder.get(b)));
        List<Set<String>> ancestorsByIdx = new ArrayList<>();
        for (String head : currentHeads) {
            ancestorsByIdx.add(ancestors(head));
        }

        List<String> output = new ArrayList<>();
        int idx = 0;
        while (!currentHeads.isEmpty()) {
            String candidate = currentHeads.get(idx);
            int blockedBy = -1;
            for (int j = 0; j < ancestorsByIdx.size(); j++) {
                if (j != idx && ancestorsByIdx.get(j).contains(candidate)) {
                    blockedBy = j;
                    break;
                }
            }
            if (blockedBy >= 0) {
                // another head still needs this revision: walk that head first
                idx = blockedBy;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            RevisionNode candidateRev = map.get(candidate);
            List<String> headsToAdd = new ArrayList<>();
            for (String r : candidateRev.normalizedDown()) {
                if (todo.contains(r) && !currentHeads.contains(r)) {
                    headsToAdd.add(r);
                }
            }
            if (headsToAdd.isEmpty()) {
                currentHeads.remove(idx);
                ancestorsByIdx.remove(idx);
                idx = Math.max(idx - 1, 0);
            } else if (!candidateRev.hasNormalizedDependencies() && candidateRev.versionedDown.size() == 1) {
                currentHeads.set(idx, headsToAdd.get(0));
                ancestorsByIdx.get(idx).remove(candidate);
            } else {
                currentHeads.set(idx, headsToAdd.get(0));
                currentHeads.addAll(headsToAdd.subList(1, headsToAdd.size()));
                ancestorsByIdx.set(idx, ancestors(headsToAdd.get(0)));
                for (String extra : headsToAdd.subList(1, headsToAdd.size())) {
                    ancestorsByIdx.add(ancestors(extra));
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new RevisionException("AssertionError: alembic's topological sort could not place "
                    + String.join(", ", todo) + " (reachable only through depends_on)");
        }
        return output;
    }

    private Set<String> ancestors(String id) {
        return Traversal.ids(Traversal.ancestors(map, List.of(map.get(id)), true, false));
    }
}
