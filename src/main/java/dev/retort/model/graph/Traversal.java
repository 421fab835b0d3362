package dev.retort.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * alembic's {@code _iterate_related_revisions}: a depth-first walk from several targets over
 * one kind of neighbour, optionally checking that no target reaches another.
 */
final class Traversal {
    private Traversal() {
    }

    /** Nodes reached from {@code targets} (targets included) in alembic's visiting order. */
    static List<RevisionNode> related(Map<String, RevisionNode> map, Collection<RevisionNode> targets,
            Function<RevisionNode, Collection<String>> next, boolean check) {
        Set<RevisionNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RevisionNode> out = new ArrayList<>();
        ArrayDeque<RevisionNode> todo = new ArrayDeque<>();
        Set<RevisionNode> targetSet = check ? identitySet(targets) : Set.of();
        for (RevisionNode target : targets) {
            todo.addLast(target);
            Set<RevisionNode> perTarget = check ? identitySet(List.of()) : null;
            while (!todo.isEmpty()) {
                RevisionNode rev = todo.pollLast();
                if (check) {
                    perTarget.add(rev);
                }
                if (!seen.add(rev)) {
                    continue;
                }
                for (String nextId : next.apply(rev)) {
                    RevisionNode nextRev = map.get(nextId);
                    if (nextRev != null) {
                        todo.addLast(nextRev);
                    }
                }
                out.add(rev);
            }
            if (check) {
                List<RevisionNode> overlaps = perTarget.stream()
                        .filter(n -> n != target && targetSet.contains(n))
                        .collect(Collectors.toList());
                if (!overlaps.isEmpty()) {
                    throw new RevisionException("Requested revision " + target.id
                            + " overlaps with other requested revisions "
                            + overlaps.stream().map(n -> n.id).collect(Collectors.joining(", ")));
                }
            }
        }
        return out;
    }

    static List<RevisionNode> ancestors(Map<String, RevisionNode> map, Collection<RevisionNode> targets,
            boolean includeDependencies, boolean check) {
        return related(map, targets,
                includeDependencies ? RevisionNode::normalizedDown : n -> n.versionedDown, check);
    }

    static List<RevisionNode> descendants(Map<String, RevisionNode> map, Collection<RevisionNode> targets,
            boolean includeDependencies, boolean check) {
        return related(map, targets, includeDependencies ? n -> n.allNextrev : n -> n.nextrev, check);
    }

    static Set<String> ids(Collection<RevisionNode> nodes) {
        Set<String> ids = new LinkedHashSet<>();
        for (RevisionNode n : nodes) {
            ids.add(n.id);
        }
        return ids;
    }

    static List<String> idsList(Collection<RevisionNode> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (RevisionNode n : nodes) {
            ids.add(n.id);
        }
        return ids;
    }

    static Set<RevisionNode> identitySet(Collection<RevisionNode> nodes) {
        Set<RevisionNode> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }
}
