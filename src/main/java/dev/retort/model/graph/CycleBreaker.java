package dev.retort.model.graph;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code RevisionMap._detect_cycles} with alembic's messages, followed by what alembic cannot
 * do: removing the edges that close each cycle, so that the rest of the project can still be
 * drawn and queried as a DAG.
 */
final class CycleBreaker {
    private final Map<String, RevisionNode> map;
    private final List<RevisionNode> allNodes;
    private final Runnable relink;
    private final Supplier<List<RevisionNode>> heads;
    private final Supplier<List<RevisionNode>> realHeads;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    CycleBreaker(Map<String, RevisionNode> map, List<RevisionNode> allNodes, Runnable relink,
            Supplier<List<RevisionNode>> heads, Supplier<List<RevisionNode>> realHeads) {
        this.map = map;
        this.allNodes = allNodes;
        this.relink = relink;
        this.heads = heads;
        this.realHeads = realHeads;
    }

    List<Diagnostic> detectAndBreak() {
        if (map.isEmpty()) {
            return diagnostics;
        }
        List<RevisionNode> bases = allNodes.stream().filter(RevisionNode::isEffectiveBase).toList();
        Set<String> unreached = unreached(heads.get(), bases, n -> n.versionedDown, n -> n.nextrev);
        if (!unreached.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.CYCLE,
                    "Cycle is detected in revisions (" + String.join(", ", unreached) + ")"));
            breakBackEdges(false);
            relink.run();
        }
        List<RevisionNode> realBases = allNodes.stream().filter(RevisionNode::isRealBase).toList();
        unreached = unreached(realHeads.get(), realBases, RevisionNode::allDown, n -> n.allNextrev);
        if (!unreached.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.DEPENDENCY_CYCLE,
                    "Dependency cycle is detected in revisions (" + String.join(", ", unreached) + ")"));
            breakBackEdges(true);
            relink.run();
        }
        return diagnostics;
    }

    /** Ids not reached by both the walk down from the heads and the walk up from the bases. */
    private Set<String> unreached(List<RevisionNode> from, List<RevisionNode> bases,
            Function<RevisionNode, java.util.Collection<String>> down,
            Function<RevisionNode, java.util.Collection<String>> up) {
        if (from.isEmpty() || bases.isEmpty()) {
            return new TreeSet<>(map.keySet());
        }
        Set<String> fromTop = Traversal.ids(Traversal.related(map, from, down, false));
        Set<String> fromBottom = Traversal.ids(Traversal.related(map, bases, up, false));
        Set<String> missing = new TreeSet<>();
        for (String id : map.keySet()) {
            if (!fromTop.contains(id) || !fromBottom.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Iterative depth-first search towards the parents; an edge into the current path closes a cycle. */
    private void breakBackEdges(boolean includeDependencies) {
        Map<RevisionNode, Integer> state = new HashMap<>();
        Set<RevisionNode> onPath = new HashSet<>();
        for (RevisionNode start : map.values()) {
            if (state.containsKey(start)) {
                continue;
            }
            ArrayDeque<RevisionNode> stack = new ArrayDeque<>();
            stack.push(start);
            onPath.add(start);
            state.put(start, 0);
            while (!stack.isEmpty()) {
                RevisionNode node = stack.peek();
                List<String> parents = includeDependencies ? node.allDown() : List.copyOf(node.versionedDown);
                int next = state.get(node);
                if (next >= parents.size()) {
                    stack.pop();
                    onPath.remove(node);
                    continue;
                }
                state.put(node, next + 1);
                RevisionNode parent = map.get(parents.get(next));
                if (onPath.contains(parent)) {
                    removeEdge(node, parent.id);
                } else if (!state.containsKey(parent)) {
                    state.put(parent, 0);
                    onPath.add(parent);
                    stack.push(parent);
                }
            }
        }
    }

    private void removeEdge(RevisionNode child, String parentId) {
        boolean versioned = child.versionedDown.removeIf(parentId::equals);
        if (!versioned) {
            child.resolvedDependencies.remove(parentId);
        }
        String variable = versioned ? "down_revision" : "depends_on";
        diagnostics.add(RevisionGraphBuilder.at(Diagnostic.error(
                versioned ? DiagnosticCode.CYCLE : DiagnosticCode.DEPENDENCY_CYCLE,
                "The " + variable + " " + parentId + " of revision " + child.id + " closes a cycle; Retort ignores "
                        + "this edge to draw the graph"), child));
    }
}
