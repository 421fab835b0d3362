package dev.retort.ui.export;

import dev.retort.model.graph.DotExport;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.project.ProjectSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Writes the export formats off the FX thread: SVG, DOT, and PNG of the whole graph from the
 * layout; the PNG of the current view is a snapshot the FX thread takes first.
 */
public final class GraphExporter {
    private GraphExporter() {
    }

    public static void writeSvg(ProjectSnapshot snapshot, GraphPalette palette, Set<String> problems, Path file)
            throws IOException {
        Files.writeString(file, SvgExport.write(snapshot.graph(), snapshot.layout(), palette, problems),
                StandardCharsets.UTF_8);
    }

    /** The whole graph as PNG; returns the scale used (below 1 when a huge history was shrunk). */
    public static double writeWholePng(ProjectSnapshot snapshot, GraphPalette palette, Set<String> problems,
            Path file) throws IOException {
        return PngExport.write(GraphPicture.of(snapshot.graph(), snapshot.layout(), palette, problems), file);
    }

    public static void writeDot(ProjectSnapshot snapshot, Path file) throws IOException {
        Files.writeString(file, DotExport.write(snapshot.graph()), StandardCharsets.UTF_8);
    }

    /** The image must come from the FX thread (a snapshot); encoding can happen anywhere. */
    public static void writePng(Image image, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
