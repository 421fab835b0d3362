package dev.retort.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Copies the node map into a JGraphT {@link DirectedAcyclicGraph}. Vertices go in in
 * topological order, so adding an edge never has to reorder anything (and the DAG class
 * proves there is no cycle left).
 */
final class DagAssembly {
    private DagAssembly() {
    }

    static DirectedAcyclicGraph<String, RevisionEdge> assemble(Map<String, RevisionNode> map,
            List<RevisionNode> topologicalOrder) {
        DirectedAcyclicGraph<String, RevisionEdge> dag = new DirectedAcyclicGraph<>(null, null, false, true);
        for (RevisionNode node : topologicalOrder) {
            dag.addVertex(node.id);
        }
        for (RevisionNode node : map.values()) {
            for (String parent : node.allDown()) {
                EdgeKind kind = node.versionedDown.contains(parent) ? EdgeKind.DOWN_REVISION : EdgeKind.DEPENDS_ON;
                dag.addEdge(parent, node.id, new RevisionEdge(parent, node.id, kind));
            }
        }
        return dag;
    }

    /**
     * Kahn's algorithm over all edges, bases first, ties in load order. Shorter than the map
     * when there is a cycle (its revisions never become ready).
     */
    static List<RevisionNode> topologicalOrder(Map<String, RevisionNode> map) {
        ArrayDeque<RevisionNode> ready = new ArrayDeque<>();
        for (RevisionNode node : map.values()) {
            node.pendingParents = node.allDown().size();
            if (node.pendingParents == 0) {
                ready.add(node);
            }
        }
        List<RevisionNode> order = new ArrayList<>(map.size());
        while (!ready.isEmpty()) {
            RevisionNode node = ready.poll();
            order.add(node);
            for (String childId : node.allNextrev) {
                RevisionNode child = map.get(childId);
                if (--child.pendingParents == 0) {
                    ready.add(child);
                }
            }
        }
        return order;
    }
}
