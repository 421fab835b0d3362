package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.ui.support.IncidentProject;
import dev.retort.ui.support.WindowHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window end to end, headless: open, select, find, reload. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = IncidentProject.write(Files.createTempDirectory(temp, "incident"));
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> app.model.open(project));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAProjectShowsItsSummaryHeadsAndProblems(FxRobot robot) {
        open(robot);
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
                .startsWith("30 revisions · 2 heads · 2 branch points · 1 merge");
        assertThat(robot.lookup("#headsBanner").query().isVisible()).isTrue();
        TableView<?> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(2); // two heads, and a 43-character id (VARCHAR(32))
        assertThat(app.model.recentProjects()).containsExactly(project.toAbsolutePath().normalize());
        assertThat(app.window.graphView().hasGraph()).isTrue();
    }

    @Test
    void clickingARevisionShowsItsDetailsAndSource(FxRobot robot) {
        open(robot);
        clickRevision(robot, IncidentProject.HEAD_MERGE);
        assertThat(app.model.selectedProperty().get()).contains(IncidentProject.HEAD_MERGE);
        assertThat(robot.lookup("#detailsId").queryAs(TextField.class).getText()).isEqualTo(IncidentProject.HEAD_MERGE);
        assertThat(robot.lookup("#detailsMessage").queryAs(Label.class).getText())
                .isEqualTo("merge exports and webhooks");
        assertThat(app.window.detailsView().sourceView().text()).contains("revision = '1687c833bfcc'");
        assertThat(app.model.highlightProperty().get().nodeClasses().get(IncidentProject.FORK))
                .contains("ancestor");
    }

    @Test
    void ctrlClickingASecondRevisionHighlightsThePathBetween(FxRobot robot) {
        open(robot);
        clickRevision(robot, IncidentProject.HEAD_MERGE);
        robot.press(KeyCode.CONTROL);
        try {
            clickRevision(robot, IncidentProject.HEAD_017);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        assertThat(app.model.secondaryProperty().get()).contains(IncidentProject.HEAD_017);
        assertThat(app.model.highlightProperty().get().pathIds())
                .contains(IncidentProject.FORK, IncidentProject.HEAD_017, IncidentProject.HEAD_MERGE, "a41c0e7d9b21")
                .doesNotContain("015_add_assets");
    }

    @Test
    void findWalksThroughMatchesWithF3(FxRobot robot) {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#findField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("webhook");
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("1 of 7");
        String first = app.model.selectedProperty().get().orElseThrow();
        robot.type(KeyCode.F3);
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("2 of 7");
        assertThat(app.model.selectedProperty().get()).isPresent().isNotEqualTo(Optional.of(first));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        assertThat(app.model.selectedProperty().get()).contains(first);
        robot.interact(() -> app.model.search("1687c"));
        assertThat(app.model.selectedProperty().get()).contains(IncidentProject.HEAD_MERGE);
    }

    @Test
    void f5ReloadsAfterAFileIsAddedAndKeepsTheSelection(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> app.model.goTo(IncidentProject.FORK));
        Point2D center = app.window.graphView().node().localToScreen(300, 300);
        robot.drag(center).dropBy(40, -60);
        var before = app.window.graphView().viewport();
        assertThat(before.centerY()).isNotEqualTo(0);
        Path versions = project.resolve("migrations/versions");
        var merge = ProjectGenerator.Rev.of("cef530e273d4", "merge heads fix questionnaire asset linkage",
                IncidentProject.HEAD_017, IncidentProject.HEAD_MERGE);
        Files.writeString(versions.resolve("cef530e273d4_merge_heads.py"),
                ProjectGenerator.render(merge, LocalDateTime.of(2024, 6, 1, 12, 0)), StandardCharsets.UTF_8);
        robot.clickOn("#statusText").type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).startsWith("31 revisions · 1 head ·");
        assertThat(robot.lookup("#headsBanner").query().isVisible()).isFalse();
        assertThat(app.model.selectedProperty().get()).contains(IncidentProject.FORK);
        assertThat(app.window.graphView().viewport()).isEqualTo(before);
    }

    @Test
    void mergeHeadsAsksTheInjectedHandler(FxRobot robot) {
        open(robot);
        robot.clickOn("#mergeHeadsButton");
        assertThat(app.mergeRequests).hasSize(1);
        assertThat(app.mergeRequests.get(0).heads())
                .containsExactly(IncidentProject.HEAD_017, IncidentProject.HEAD_MERGE);
    }

    @Test
    void keyboardZoomsFitsAndClearsTheSelection(FxRobot robot) {
        open(robot);
        var graph = app.window.graphView();
        double before = graph.viewport().scale();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(graph.viewport().scale()).isGreaterThan(before);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(graph.viewport().scale()).isLessThan(before);
        robot.interact(() -> app.model.goTo(IncidentProject.HEAD_017));
        assertThat(robot.lookup("#findField").queryAs(TextField.class).isFocused()).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(app.model.selectedProperty().get()).isEmpty();
        robot.type(KeyCode.F);
        var fitted = graph.viewport();
        assertThat(graph.screenPointOf(IncidentProject.HEAD_MERGE).orElseThrow().getY()).isBetween(0.0,
                graph.node().getHeight());
        assertThat(graph.screenPointOf("001_initial_schema").orElseThrow().getY()).isBetween(0.0,
                graph.node().getHeight());
        assertThat(fitted.scale()).isGreaterThan(0);
    }

    private void clickRevision(FxRobot robot, String id) {
        var graph = app.window.graphView();
        robot.interact(() -> graph.reveal(id));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = graph.screenPointOf(id).orElseThrow();
        Point2D screen = graph.node().localToScreen(local);
        robot.moveTo(screen).clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
