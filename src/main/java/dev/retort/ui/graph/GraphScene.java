package dev.retort.ui.graph;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.layout.Point;
import dev.retort.model.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.geom.Point3;

/**
 * The GraphStream graph behind the view, holding only the rows near the viewport (plus the
 * edges that cross them and their ends). GraphStream walks every element on every frame, so a
 * 10,000-revision graph held whole costs tens of milliseconds per frame however little is on
 * screen; a window of a few hundred rows keeps frames and the first load cheap. Positions are
 * fixed from the layout (y flipped: GraphStream's y grows upwards).
 */
final class GraphScene {
    private final Graph graph;
    private final RevisionGraph revisions;
    private final LayoutResult layout;
    private final NodeClassBook classes;
    private final Map<String, String> appliedNodeClasses = new HashMap<>();
    /** Short texts before labels (a plan's step numbers); database badges are {@link DatabaseDecorations}. */
    private final Map<String, String> badges = new HashMap<>();
    private final Map<String, String> wantedEdgeClasses = new HashMap<>();
    private final Map<String, String> appliedEdgeClasses = new HashMap<>();
    private final int[] childRow;
    private final int[] parentRow;
    private final Set<String> presentNodes = new HashSet<>();
    private final Set<Integer> presentEdges = new HashSet<>();
    private final DatabaseDecorations decorations;
    private int rowFrom = 0;
    private int rowTo = -1;

    GraphScene(RevisionGraph revisions, LayoutResult layout, String styleSheet, NodeClassBook classes) {
        this.revisions = revisions;
        this.layout = layout;
        this.classes = classes;
        graph = new MultiGraph("revisions", false, false, 1024, 1024);
        graph.setAttribute("ui.stylesheet", styleSheet);
        graph.setAttribute("ui.antialias");
        graph.setAttribute("ui.quality");
        decorations = new DatabaseDecorations(graph, layout);
        List<EdgeRoute> edges = layout.edges();
        childRow = new int[edges.size()];
        parentRow = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            childRow[i] = layout.node(edges.get(i).child()).row();
            parentRow[i] = layout.node(edges.get(i).parent()).row();
        }
    }

    Graph graph() {
        return graph;
    }

    /** True when rows [from, to] are all present already. */
    boolean covers(int from, int to) {
        return from >= rowFrom && to <= rowTo;
    }

    /** Makes exactly rows [from, to] present (clamped), with the edges that touch or cross them. */
    void show(int from, int to) {
        int last = layout.rowCount() - 1;
        from = Math.max(0, from);
        to = Math.min(last, to);
        Set<Integer> wantedEdges = new HashSet<>();
        Set<String> wantedNodes = new LinkedHashSet<>();
        for (int row = from; row <= to; row++) {
            wantedNodes.add(layout.atRow(row).id());
        }
        for (int i = 0; i < childRow.length; i++) {
            if (childRow[i] <= to && parentRow[i] >= from) {
                wantedEdges.add(i);
                EdgeRoute route = layout.edges().get(i);
                wantedNodes.add(route.child());
                wantedNodes.add(route.parent());
            }
        }
        for (Integer i : new ArrayList<>(presentEdges)) {
            if (!wantedEdges.contains(i)) {
                String id = EdgeKey.of(layout.edges().get(i)).graphId();
                if (graph.getEdge(id) != null) {
                    graph.removeEdge(id);
                }
                appliedEdgeClasses.remove(id);
                presentEdges.remove(i);
            }
        }
        for (String id : new ArrayList<>(presentNodes)) {
            if (!wantedNodes.contains(id)) {
                decorations.remove(id);
                graph.removeNode(id);
                appliedNodeClasses.remove(id);
                presentNodes.remove(id);
            }
        }
        for (String id : wantedNodes) {
            if (presentNodes.add(id)) {
                addNode(layout.node(id));
            }
        }
        for (Integer i : wantedEdges) {
            if (presentEdges.add(i)) {
                addEdge(layout.edges().get(i));
            }
        }
        rowFrom = from;
        rowTo = to;
    }

    private void addNode(NodePlacement place) {
        Node node = graph.addNode(place.id());
        node.setAttribute("xyz", place.x(), -place.y(), 0.0);
        applyLabel(place.id());
        applyNodeClass(place.id());
        decorations.add(place);
    }

    /** Replaces the database badges and tags; see {@link DatabaseDecorations}. */
    void setDatabaseMarks(DatabaseMarks marks) {
        decorations.set(marks, presentNodes);
    }

    private void applyLabel(String id) {
        Node node = graph.getNode(id);
        revisions.revision(id).ifPresent(rev -> {
            String badge = badges.get(id);
            String label = RevisionLabels.label(rev);
            node.setAttribute("ui.label", badge == null ? label : badge + "  " + label);
        });
    }

    /** Puts a short text before the labels of these revisions (step numbers); others lose theirs. */
    void setBadges(Map<String, String> next) {
        Set<String> touched = new HashSet<>(badges.keySet());
        touched.addAll(next.keySet());
        badges.clear();
        badges.putAll(next);
        for (String id : touched) {
            if (presentNodes.contains(id)) {
                applyLabel(id);
            }
        }
    }

    private void addEdge(EdgeRoute route) {
        EdgeKey key = EdgeKey.of(route);
        if (graph.getEdge(key.graphId()) != null) {
            return;
        }
        Edge edge = graph.addEdge(key.graphId(), route.child(), route.parent(), false);
        edge.setAttribute("ui.points", (Object) points(route.points()));
        applyEdgeClass(key.graphId());
    }

    /** Re-applies the classes of these revisions where they are present. */
    void restyleNodes(Set<String> ids) {
        for (String id : ids) {
            if (presentNodes.contains(id)) {
                applyNodeClass(id);
            }
        }
    }

    private void applyNodeClass(String id) {
        String cls = classes.classesOf(id);
        if (cls.equals(appliedNodeClasses.getOrDefault(id, ""))) {
            return;
        }
        Node node = graph.getNode(id);
        if (cls.isEmpty()) {
            node.removeAttribute("ui.class");
            appliedNodeClasses.remove(id);
        } else {
            node.setAttribute("ui.class", cls);
            appliedNodeClasses.put(id, cls);
        }
    }

    /** Sets the highlight class of edges ("lineage", "path"); edges not named lose theirs. */
    void setEdgeClasses(Map<EdgeKey, String> edgeClasses) {
        Set<String> touched = new HashSet<>(wantedEdgeClasses.keySet());
        wantedEdgeClasses.clear();
        edgeClasses.forEach((key, cls) -> wantedEdgeClasses.put(key.graphId(), cls));
        touched.addAll(wantedEdgeClasses.keySet());
        for (String id : touched) {
            if (graph.getEdge(id) != null) {
                applyEdgeClass(id);
            }
        }
    }

    private void applyEdgeClass(String id) {
        boolean dependsOn = id.endsWith("~d");
        String highlight = wantedEdgeClasses.get(id);
        String cls = highlight == null ? (dependsOn ? "depends" : "") : highlight + (dependsOn ? ", depends" : "");
        if (cls.equals(appliedEdgeClasses.getOrDefault(id, ""))) {
            return;
        }
        Edge edge = graph.getEdge(id);
        if (cls.isEmpty()) {
            edge.removeAttribute("ui.class");
            appliedEdgeClasses.remove(id);
        } else {
            edge.setAttribute("ui.class", cls);
            appliedEdgeClasses.put(id, cls);
        }
    }

    int presentNodeCount() {
        return presentNodes.size();
    }

    private static Point3[] points(List<Point> route) {
        Point3[] out = new Point3[route.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Point3(route.get(i).x(), -route.get(i).y(), 0);
        }
        return out;
    }
}
