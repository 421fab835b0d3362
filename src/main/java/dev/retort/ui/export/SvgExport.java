package dev.retort.ui.export;

import dev.retort.layout.LayoutResult;
import dev.retort.layout.Point;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.GraphPalette;
import java.util.Locale;
import java.util.Set;

/**
 * The whole graph as SVG, drawn from the layout exactly as the window draws it (same
 * positions, routes, shapes and colours), so it scales for slides and wikis. Written by hand:
 * a few element types do not justify an SVG library.
 */
public final class SvgExport {
    private SvgExport() {
    }

    public static String write(RevisionGraph graph, LayoutResult layout, GraphPalette p, Set<String> problems) {
        return write(GraphPicture.of(graph, layout, p, problems));
    }

    static String write(GraphPicture picture) {
        StringBuilder svg = new StringBuilder(64 + picture.shapes().size() * 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.1f %.1f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
                + "font-size=\"12\">\n", picture.width(), picture.height(), picture.width(), picture.height()));
        svg.append("  <title>Alembic revision graph</title>\n");
        svg.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n",
                picture.background()));
        svg.append("  <g id=\"edges\" fill=\"none\" stroke-linejoin=\"round\">\n");
        for (GraphPicture.Edge edge : picture.edges()) {
            svg.append("    <polyline points=\"");
            for (Point pt : edge.points()) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", pt.x(), pt.y()));
            }
            svg.setLength(svg.length() - 1);
            svg.append(String.format(Locale.ROOT, "\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n", edge.color(),
                    number(edge.width()), edge.dashed() ? " stroke-dasharray=\"5 4\" class=\"depends_on\"" : ""));
        }
        svg.append("  </g>\n  <g id=\"revisions\">\n");
        for (int i = 0; i < picture.shapes().size(); i++) {
            GraphPicture.Shape shape = picture.shapes().get(i);
            GraphPicture.Label label = picture.labels().get(i);
            svg.append("    <g class=\"revision\" data-id=\"").append(xml(shape.id())).append("\">");
            svg.append(shape(shape));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>",
                    label.x(), label.y(), label.color(), label.bold() ? " font-weight=\"bold\"" : "",
                    xml(label.text())));
            svg.append("</g>\n");
        }
        svg.append("  </g>\n</svg>\n");
        return svg.toString();
    }

    private static String shape(GraphPicture.Shape s) {
        String stroke = s.stroke() == null ? "" : " stroke=\"" + s.stroke() + "\" stroke-width=\"3\"";
        double x = s.x();
        double y = s.y();
        double r = s.r();
        return switch (s.kind()) {
            case DIAMOND -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                    + "fill=\"%s\"%s/>", x, y - r, x + r, y, x, y + r, x - r, y, s.fill(), stroke);
            case TRIANGLE -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                    + "fill=\"%s\"%s/>", x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8, s.fill(), stroke);
            case SQUARE -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "rx=\"3\" fill=\"%s\"%s/>", x - r, y - r, 2 * r, 2 * r, s.fill(), stroke);
            case CIRCLE -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s/>",
                    x, y, r, s.fill(), stroke);
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
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
