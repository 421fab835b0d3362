package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import dev.retort.ui.support.WindowHarness;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The problems pane leads to the revision or the file; the exports write files that parse. */
@ExtendWith(ApplicationExtension.class)
class ProblemsAndExportTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = Files.createTempDirectory(temp, "broken");
        ProjectGenerator.write(project, List.of(
                Rev.of("aaa000000001", "base"),
                Rev.of("bbb000000002", "second", "aaa000000001"),
                Rev.of("ccc000000003", "points nowhere", "fff999999999")));
        Files.writeString(project.resolve("migrations/versions/zzz_broken.py"), "revision = (\n",
                StandardCharsets.UTF_8);
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"));
        app.model.open(project);
    }

    @Test
    void clickingAProblemWithARevisionSelectsIt(FxRobot robot) {
        Diagnostic dangling = problem(DiagnosticCode.DANGLING_DOWN_REVISION);
        assertThat(dangling.revisionId()).contains("ccc000000003");
        clickRow(robot, dangling);
        assertThat(app.model.selectedProperty().get()).contains("ccc000000003");
        assertThat(app.openedFiles).isEmpty();
    }

    @Test
    void clickingAProblemWithOnlyAFileOpensTheFile(FxRobot robot) {
        Diagnostic syntax = app.window.model().snapshot().orElseThrow().project().diagnostics().stream()
                .filter(d -> d.revisionId().isEmpty() && d.location().isPresent()).findFirst().orElseThrow();
        clickRow(robot, syntax);
        assertThat(app.openedFiles).hasSize(1);
        assertThat(app.openedFiles.get(0).getFileName().toString()).isEqualTo("zzz_broken.py");
    }

    @Test
    void svgExportFromTheMenuIsWellFormedXmlWithEveryRevision(FxRobot robot) throws Exception {
        Path file = temp.resolve("graph.svg");
        app.nextExportFile = Optional.of(file);
        fireMenuItem(robot, "exportSvg");
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        String text = Files.readString(file);
        assertThat(text).contains("aaa000000001", "bbb000000002", "ccc000000003");
    }

    @Test
    void pngExportWritesAPngPicture(FxRobot robot) throws Exception {
        Path file = temp.resolve("graph.png");
        app.nextExportFile = Optional.of(file);
        fireMenuItem(robot, "exportPng");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0d, (byte) 0x0a);
        assertThat(javax.imageio.ImageIO.read(file.toFile()).getWidth()).isGreaterThan(100);
    }

    @Test
    void pngOfTheCurrentViewIsTheViewsSize(FxRobot robot) throws Exception {
        Path file = temp.resolve("view.png");
        app.nextExportFile = Optional.of(file);
        fireMenuItem(robot, "exportPngView");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        javafx.scene.Node view = robot.lookup("#graphView").query();
        assertThat(image.getWidth()).isEqualTo((int) Math.round(view.getLayoutBounds().getWidth()));
    }

    @Test
    void dotExportWritesGraphviz(FxRobot robot) throws Exception {
        Path file = temp.resolve("graph.dot");
        robot.interact(() -> app.window.exportTo("dot", file));
        String dot = Files.readString(file);
        assertThat(dot).startsWith("digraph alembic {").contains("\"aaa000000001\" -> \"bbb000000002\"")
                .endsWith("}\n");
    }

    private Diagnostic problem(DiagnosticCode code) {
        return app.window.model().snapshot().orElseThrow().project().diagnostics().stream()
                .filter(d -> d.code() == code).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void clickRow(FxRobot robot, Diagnostic target) {
        TableView<Diagnostic> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        int index = table.getItems().indexOf(target);
        assertThat(index).isNotNegative();
        robot.interact(() -> table.scrollTo(index));
        var row = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index).findFirst()
                .orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> flatten(m.getItems()).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> flatten(List<MenuItem> items) {
        return items.stream().flatMap(i -> i instanceof javafx.scene.control.Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), flatten(m.getItems()).stream())
                : java.util.stream.Stream.of(i)).toList();
    }
}
