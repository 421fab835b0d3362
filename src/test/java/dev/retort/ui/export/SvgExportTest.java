package dev.retort.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.project.ProjectOpener;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgExportTest {
    @TempDir
    Path dir;

    @Test
    void marksUpEveryRevisionAndEdgeWithDashedDependsOnAndEscapedText() throws Exception {
        ProjectGenerator.write(dir, List.of(
                Rev.of("aaa000000001", "base <tables> & \"quotes\""),
                Rev.of("bbb000000002", "left", "aaa000000001"),
                Rev.of("ccc000000003", "right", "aaa000000001").dependsOn("bbb000000002"),
                Rev.of("ddd000000004", "merge", "bbb000000002", "ccc000000003")));
        var snapshot = new ProjectOpener().open(dir);
        String svg = SvgExport.write(snapshot.graph(), snapshot.layout(), GraphPalette.DARK, Set.of());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagName("text").getLength()).isEqualTo(4);
        assertThat(svg).contains("stroke-dasharray").contains("&lt;tables&gt; &amp; &quot;quotes&quot;")
                .contains("<polygon");
    }
}
