package dev.retort.ui.export;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.layout.Point;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.graph.RevisionLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole graph as a list of simple marks (lines, shapes, labels) at layout coordinates,
 * coloured like the window. The SVG and PNG exports both draw this list, so they cannot
 * disagree with each other.
 *
 * @param width picture width
 * @param height picture height
 * @param background background colour
 * @param edges the edges, drawn first
 * @param shapes one per revision
 * @param labels one per revision, right of its shape
 */
public record GraphPicture(double width, double height, String background, List<Edge> edges, List<Shape> shapes,
        List<Label> labels) {

    static final double LABEL_GAP = 12;
    /** Width of one character of the 12 px label font; only used to size the picture. */
    static final double CHAR_WIDTH = 7.2;

    /** An edge: a polyline, dashed for depends_on. */
    public record Edge(List<Point> points, String color, double width, boolean dashed) {
    }

    /** The kinds of revision marker, as in the window's legend. */
    public enum Kind { CIRCLE, DIAMOND, TRIANGLE, SQUARE }

    /** A revision's marker centred at (x, y) with radius r; {@code stroke} is null for none. */
    public record Shape(String id, Kind kind, double x, double y, double r, String fill, String stroke) {
    }

    /** A revision's label, its baseline starting at (x, y). */
    public record Label(String id, double x, double y, String text, String color, boolean bold) {
    }

    public static GraphPicture of(RevisionGraph graph, LayoutResult layout, GraphPalette p, Set<String> problems) {
        List<Edge> edges = new ArrayList<>();
        for (EdgeRoute route : layout.edges()) {
            edges.add(route.isDependency() ? new Edge(route.points(), p.dependsOn(), 1.5, true)
                    : new Edge(route.points(), p.edge(), 2, false));
        }
        List<Shape> shapes = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        double longest = 0;
        for (NodePlacement n : layout.nodes()) {
            String id = n.id();
            boolean problem = problems.contains(id);
            shapes.add(new Shape(id, kind(graph, id), n.x(), n.y(), radius(graph, id), fill(graph, id, p, problem),
                    problem ? p.problem() : null));
            String text = graph.revision(id).map(RevisionLabels::label).orElse(id);
            boolean labelled = graph.revision(id).map(r -> !r.branchLabels().isEmpty()).orElse(false);
            labels.add(new Label(id, n.x() + LABEL_GAP, n.y() + 4, text, p.text(), labelled));
            longest = Math.max(longest, n.x() + LABEL_GAP + text.length() * CHAR_WIDTH);
        }
        double width = Math.max(layout.bounds().maxX(), longest + 20);
        double height = Math.max(layout.bounds().maxY(), 40);
        return new GraphPicture(width, height, p.background(), edges, shapes, labels);
    }

    private static Kind kind(RevisionGraph graph, String id) {
        if (graph.isMergePoint(id)) {
            return Kind.DIAMOND;
        }
        if (graph.isBranchPoint(id) && !graph.isHead(id)) {
            return Kind.TRIANGLE;
        }
        if (graph.isBase(id) && !graph.isHead(id)) {
            return Kind.SQUARE;
        }
        return Kind.CIRCLE;
    }

    private static double radius(RevisionGraph graph, String id) {
        return switch (kind(graph, id)) {
            case DIAMOND -> 8.5;
            case TRIANGLE -> 7.5;
            case SQUARE -> 7;
            case CIRCLE -> graph.isHead(id) ? 8.5 : 6.5;
        };
    }

    /** Same precedence as the window's classes: problem, head, merge, branch point, base. */
    private static String fill(RevisionGraph graph, String id, GraphPalette p, boolean problem) {
        if (problem) {
            return p.problem();
        }
        if (graph.isHead(id)) {
            return p.head();
        }
        if (graph.isMergePoint(id)) {
            return p.merge();
        }
        if (graph.isBranchPoint(id)) {
            return p.branchPoint();
        }
        if (graph.isBase(id)) {
            return p.base();
        }
        return p.node();
    }
}
