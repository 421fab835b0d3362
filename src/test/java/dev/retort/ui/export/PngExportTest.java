package dev.retort.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.layout.DagLayout;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import dev.retort.ui.graph.GraphPalette;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    @TempDir
    Path temp;

    private static RevisionGraph linear(int n) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            revisions.add(Revision.of(String.format("r%05d", i), i == 0 ? List.of() : List.of(String.format("r%05d",
                    i - 1))));
        }
        return RevisionGraph.build(revisions);
    }

    @Test
    void wholeGraphAtTwiceTheWindowScaleWithEachRevisionInItsColour() throws Exception {
        RevisionGraph graph = linear(30);
        LayoutResult layout = new DagLayout().layout(graph);
        GraphPicture picture = GraphPicture.of(graph, layout, GraphPalette.LIGHT, Set.of());
        Path file = temp.resolve("graph.png");
        double scale = PngExport.write(picture, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(scale).isEqualTo(PngExport.PREFERRED_SCALE);
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));
        NodePlacement head = layout.node("r00029");
        Color at = new Color(image.getRGB((int) (head.x() * scale), (int) (head.y() * scale)));
        assertThat(at).isEqualTo(Color.decode(GraphPalette.LIGHT.head()));
        NodePlacement base = layout.node("r00000");
        assertThat(new Color(image.getRGB((int) (base.x() * scale), (int) (base.y() * scale))))
                .isEqualTo(Color.decode(GraphPalette.LIGHT.base()));
    }

    @Test
    void aHugeHistoryIsScaledDownToFit() {
        assertThat(PngExport.scaleFor(800, 40 * 100_000)).isLessThan(1);
        double scale = PngExport.scaleFor(800, 40 * 100_000);
        assertThat(800 * scale * 40 * 100_000 * scale).isLessThanOrEqualTo(PngExport.MAX_PIXELS + 1);
        assertThat(PngExport.scaleFor(800, 2000)).isEqualTo(PngExport.PREFERRED_SCALE);
    }

    @Test
    void svgAndPngDrawTheSamePicture() {
        RevisionGraph graph = linear(5);
        LayoutResult layout = new DagLayout().layout(graph);
        GraphPicture picture = GraphPicture.of(graph, layout, GraphPalette.DARK, Set.of("r00002"));
        String svg = SvgExport.write(picture);
        assertThat(picture.shapes()).hasSize(5);
        for (GraphPicture.Shape s : picture.shapes()) {
            assertThat(svg).contains("data-id=\"" + s.id() + "\"").contains(s.fill());
        }
        assertThat(picture.shapes()).filteredOn(s -> s.id().equals("r00002"))
                .allSatisfy(s -> assertThat(s.stroke()).isEqualTo(GraphPalette.DARK.problem()));
    }
}
