package dev.retort.ui.export;

import dev.retort.layout.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The whole graph as a PNG, drawn with Java2D from the same {@link GraphPicture} as the SVG
 * export: works off the JavaFX thread and for graphs far taller than the screen. A very large
 * history is scaled down so the image stays within {@link #MAX_PIXELS}.
 */
public final class PngExport {
    /** About 160 MB of pixels: beyond this, the picture is scaled down rather than failing. */
    static final long MAX_PIXELS = 40_000_000L;
    /** Twice the window's scale, so the picture stays sharp when zoomed into. */
    static final double PREFERRED_SCALE = 2.0;

    private PngExport() {
    }

    /** Writes the picture; returns the scale used (below 1 when the graph had to be shrunk). */
    public static double write(GraphPicture picture, Path file) throws IOException {
        double scale = scaleFor(picture.width(), picture.height());
        int width = Math.max(1, (int) Math.ceil(picture.width() * scale));
        int height = Math.max(1, (int) Math.ceil(picture.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(picture.background()));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            draw(g, picture);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
        return scale;
    }

    static double scaleFor(double width, double height) {
        double pixelsAtPreferred = width * height * PREFERRED_SCALE * PREFERRED_SCALE;
        if (pixelsAtPreferred <= MAX_PIXELS) {
            return PREFERRED_SCALE;
        }
        return Math.sqrt(MAX_PIXELS / (width * height));
    }

    private static void draw(Graphics2D g, GraphPicture picture) {
        for (GraphPicture.Edge edge : picture.edges()) {
            g.setColor(Color.decode(edge.color()));
            g.setStroke(edge.dashed() ? new BasicStroke((float) edge.width(), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f)
                    : new BasicStroke((float) edge.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D line = new Path2D.Double();
            Point first = edge.points().get(0);
            line.moveTo(first.x(), first.y());
            for (Point p : edge.points().subList(1, edge.points().size())) {
                line.lineTo(p.x(), p.y());
            }
            g.draw(line);
        }
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = plain.deriveFont(Font.BOLD);
        for (int i = 0; i < picture.shapes().size(); i++) {
            GraphPicture.Shape s = picture.shapes().get(i);
            java.awt.Shape outline = outline(s);
            g.setColor(Color.decode(s.fill()));
            g.fill(outline);
            if (s.stroke() != null) {
                g.setColor(Color.decode(s.stroke()));
                g.setStroke(new BasicStroke(3f));
                g.draw(outline);
            }
            GraphPicture.Label label = picture.labels().get(i);
            g.setColor(Color.decode(label.color()));
            g.setFont(label.bold() ? bold : plain);
            g.drawString(label.text(), (float) label.x(), (float) label.y());
        }
    }

    private static java.awt.Shape outline(GraphPicture.Shape s) {
        double x = s.x();
        double y = s.y();
        double r = s.r();
        return switch (s.kind()) {
            case DIAMOND -> polygon(x, y - r, x + r, y, x, y + r, x - r, y);
            case TRIANGLE -> polygon(x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8);
            case SQUARE -> new RoundRectangle2D.Double(x - r, y - r, 2 * r, 2 * r, 6, 6);
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
    }

    private static java.awt.Shape polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
