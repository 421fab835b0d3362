package dev.retort.ui.export;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.layout.Point;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.graph.RevisionLabels;
import java.util.Locale;
import java.util.Set;

/**
 * The whole graph as SVG, drawn from the layout exactly as the window draws it (same
 * positions, routes, shapes and colours), so it scales for slides and wikis. Written by hand:
 * a few element types do not justify an SVG library.
 */
public final class SvgExport {
    private static final double LABEL_GAP = 12;
    private static final double CHAR_WIDTH = 7.2;

    private SvgExport() {
    }

    public static String write(RevisionGraph graph, LayoutResult layout, GraphPalette p, Set<String> problems) {
        double longest = 0;
        for (NodePlacement n : layout.nodes()) {
            double labelEnd = n.x() + LABEL_GAP + label(graph, n.id()).length() * CHAR_WIDTH;
            longest = Math.max(longest, labelEnd);
        }
        double width = Math.max(layout.bounds().maxX(), longest + 20);
        double height = Math.max(layout.bounds().maxY(), 40);
        StringBuilder svg = new StringBuilder(64 + layout.rowCount() * 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.1f %.1f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
                + "font-size=\"12\">\n", width, height, width, height));
        svg.append("  <title>Alembic revision graph</title>\n");
        svg.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n",
                p.background()));
        svg.append("  <g id=\"edges\" fill=\"none\" stroke-linejoin=\"round\">\n");
        for (EdgeRoute route : layout.edges()) {
            svg.append("    <polyline points=\"");
            for (Point pt : route.points()) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", pt.x(), pt.y()));
            }
            svg.setLength(svg.length() - 1);
            if (route.isDependency()) {
                svg.append("\" stroke=\"").append(p.dependsOn()).append("\" stroke-width=\"1.5\" "
                        + "stroke-dasharray=\"5 4\" class=\"depends_on\"/>\n");
            } else {
                svg.append("\" stroke=\"").append(p.edge()).append("\" stroke-width=\"2\"/>\n");
            }
        }
        svg.append("  </g>\n  <g id=\"revisions\">\n");
        for (NodePlacement n : layout.nodes()) {
            svg.append("    <g class=\"revision\" data-id=\"").append(xml(n.id())).append("\">");
            svg.append(shape(graph, n, p, problems.contains(n.id())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>",
                    n.x() + LABEL_GAP, n.y() + 4, p.text(),
                    graph.revision(n.id()).map(r -> !r.branchLabels().isEmpty()).orElse(false)
                            ? " font-weight=\"bold\"" : "",
                    xml(label(graph, n.id()))));
            svg.append("</g>\n");
        }
        svg.append("  </g>\n</svg>\n");
        return svg.toString();
    }

    private static String label(RevisionGraph graph, String id) {
        return graph.revision(id).map(RevisionLabels::label).orElse(id);
    }

    private static String shape(RevisionGraph graph, NodePlacement n, GraphPalette p, boolean problem) {
        String id = n.id();
        String stroke = problem ? " stroke=\"" + p.problem() + "\" stroke-width=\"3\"" : "";
        double x = n.x();
        double y = n.y();
        if (graph.isMergePoint(id)) {
            double r = 8.5;
            return String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"%s/>",
                    x, y - r, x + r, y, x, y + r, x - r, y, fill(graph, id, p, problem), stroke);
        }
        if (graph.isBranchPoint(id) && !graph.isHead(id)) {
            double r = 7.5;
            return String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"%s/>",
                    x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8, fill(graph, id, p, problem), stroke);
        }
        if (graph.isBase(id) && !graph.isHead(id)) {
            return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"3\" "
                    + "fill=\"%s\"%s/>", x - 7, y - 7, fill(graph, id, p, problem), stroke);
        }
        double r = graph.isHead(id) ? 8.5 : 6.5;
        return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s/>", x, y, r,
                fill(graph, id, p, problem), stroke);
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

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
