package dev.retort.ui.graph;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.layout.Point;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.geom.Point3;

/**
 * Turns a revision graph and its layout into a GraphStream graph: fixed positions (y flipped,
 * GraphStream's y grows upwards), labels, classes, and edges as polylines along the layout's
 * routes. A multigraph, because a revision may name the same parent in down_revision and
 * depends_on.
 */
final class GraphModelBuilder {
    private GraphModelBuilder() {
    }

    /** The structural classes of every revision that has any. */
    static Map<String, Set<String>> structuralClasses(RevisionGraph graph, Set<String> withProblems) {
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
            if (withProblems.contains(id)) {
                set.add("problem");
            }
            if (!set.isEmpty()) {
                classes.put(id, set);
            }
        }
        return classes;
    }

    static Graph build(RevisionGraph revisions, LayoutResult layout, String styleSheet, NodeClassBook classes,
            Map<String, String> appliedClasses) {
        Graph graph = new MultiGraph("revisions", false, false, layout.rowCount() + 1, layout.edges().size() + 1);
        graph.setAttribute("ui.stylesheet", styleSheet);
        graph.setAttribute("ui.antialias");
        graph.setAttribute("ui.quality");
        for (NodePlacement place : layout.nodes()) {
            Node node = graph.addNode(place.id());
            node.setAttribute("xyz", place.x(), -place.y(), 0.0);
            revisions.revision(place.id())
                    .ifPresent(rev -> node.setAttribute("ui.label", RevisionLabels.label(rev)));
            String cls = classes.classesOf(place.id());
            if (!cls.isEmpty()) {
                node.setAttribute("ui.class", cls);
                appliedClasses.put(place.id(), cls);
            }
        }
        for (EdgeRoute route : layout.edges()) {
            EdgeKey key = EdgeKey.of(route);
            if (graph.getNode(route.child()) == null || graph.getNode(route.parent()) == null
                    || graph.getEdge(key.graphId()) != null) {
                continue;
            }
            Edge edge = graph.addEdge(key.graphId(), route.child(), route.parent(), false);
            edge.setAttribute("ui.points", (Object) points(route.points()));
            if (key.dependsOn()) {
                edge.setAttribute("ui.class", "depends");
            }
        }
        return graph;
    }

    private static Point3[] points(List<Point> route) {
        Point3[] out = new Point3[route.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Point3(route.get(i).x(), -route.get(i).y(), 0);
        }
        return out;
    }
}
