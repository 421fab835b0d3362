package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.ui.db.DatabaseTexts;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.support.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's SQLite database on the graph, and a profile that needs a password, headless. */
@ExtendWith(ApplicationExtension.class)
class DatabaseWindowTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path demo;
    private final AtomicInteger fakeReads = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoCopy.create(Files.createTempDirectory(temp, "demo"));
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"),
                new dev.retort.ui.task.SameThreadTaskRunner(), (profile, password) -> {
                    if (profile.kind() == dev.retort.db.DbKind.SQLITE) {
                        return new dev.retort.db.VersionTableReader().read(profile, password);
                    }
                    fakeReads.incrementAndGet();
                    // a fake server whose password is s3cret, at the fork
                    boolean ok = new String(password.reveal()).equals("s3cret");
                    return new VersionTableState(ok ? Status.CONNECTED : Status.AUTHENTICATION_FAILED,
                            ok ? List.of(DemoCopy.FORK) : List.of(), ok ? "Read 1 row" : "PostgreSQL at "
                            + profile.host() + " refused the login of \"app\": password authentication failed",
                            Optional.empty(), profile.target(), profile.versionTableDisplay());
                });
    }

    private void open(FxRobot robot) {
        robot.interact(() -> app.model.open(demo));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDemosDatabaseIsMarkedCurrentAtTheMergeWith017Pending(FxRobot robot) {
        app.profiles.save(demo, List.of(ConnectionProfile.sqlite("demo (SQLite)", demo.resolve("demo.db"))));
        open(robot);
        var graph = app.window.graphView();
        String blue = ConnectionProfile.defaultColor(0);
        assertThat(graph.classesOf(DemoCopy.MERGE)).startsWith("current_1f77b4, current, ");
        assertThat(graph.badgesOf(DemoCopy.MERGE)).containsExactly(blue);
        assertThat(graph.classesOf(DemoCopy.HEAD_017)).contains("pending_1f77b4, pending");
        assertThat(graph.pendingBadgesOf(DemoCopy.HEAD_017)).containsExactly(blue);
        assertThat(graph.tagOf(DemoCopy.MERGE).orElseThrow().text()).isEqualTo("demo (SQLite)");
        assertThat(graph.tagOf(DemoCopy.HEAD_017)).isEmpty();
        assertThat(graph.classesOf(DemoCopy.FORK)).doesNotContain("current").doesNotContain("pending");
        assertThat(app.window.statusBar().databaseText())
                .isEqualTo("demo (SQLite): database at 1687c833bfcc (1 pending to heads)");
        robot.interact(() -> app.model.goTo(DemoCopy.MERGE));
        assertThat(app.window.detailsView().databaseLines()).containsExactly("demo (SQLite) is at this revision, 1 migration to go");
        robot.interact(() -> app.model.goTo(DemoCopy.HEAD_017));
        assertThat(app.window.detailsView().databaseLines())
                .containsExactly("upgrade heads on demo (SQLite) would run it (step 1 of 1)");
    }

    @Test
    void twoDatabasesAtTheSameRevisionShowTwoBadges(FxRobot robot) throws Exception {
        Path second = DemoCopy.databaseAt(demo, "second.db", DemoCopy.MERGE);
        app.profiles.save(demo, List.of(ConnectionProfile.sqlite("demo", demo.resolve("demo.db")),
                ConnectionProfile.sqlite("second", second).withColor("#d62728")));
        open(robot);
        assertThat(app.window.graphView().badgesOf(DemoCopy.MERGE)).containsExactly("#1f77b4", "#d62728");
        assertThat(app.window.graphView().tagOf(DemoCopy.MERGE).orElseThrow().text()).isEqualTo("demo, second");
        assertThat(app.window.statusBar().databaseText()).isEqualTo("demo: database at 1687c833bfcc "
                + "(1 pending to heads) · second: database at 1687c833bfcc (1 pending to heads)");
    }

    @Test
    void aMissingFileAndAnUnknownRowGiveGuidanceInTheProblemsPane(FxRobot robot) throws Exception {
        Path unknown = DemoCopy.databaseAt(demo, "unknown.db", "abc123");
        app.profiles.save(demo, List.of(ConnectionProfile.sqlite("gone", demo.resolve("gone.db")),
                ConnectionProfile.sqlite("ahead", unknown)));
        open(robot);
        TableView<?> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(problems.getItems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("gone: The SQLite file") && p.contains("does not exist"))
                .anyMatch(p -> p.contains("ahead: database is at `abc123`, which no script defines: a migration "
                        + "file is missing from this checkout"));
        assertThat(app.window.statusBar().databaseText()).contains("gone: database missing");
        robot.interact(() -> {
            int row = problems.getItems().stream().map(Object::toString).toList().indexOf(problems.getItems()
                    .stream().map(Object::toString).filter(p -> p.contains("gone: The SQLite file")).findFirst()
                    .orElseThrow());
            problems.getSelectionModel().select(row);
        });
        robot.clickOn(".table-row-cell:selected");
        assertThat(app.window.databasesDialog()).isPresent();
        assertThat(app.window.databasesDialog().orElseThrow().stage().isShowing()).isTrue();
    }

    @Test
    void aPromptingProfileAsksOnRefreshAndNeverShowsThePassword(FxRobot robot) throws Exception {
        ConnectionProfile pg = ConnectionProfile.postgres("staging", "db.example", 5433, "app", "app")
                .withPasswordSource(PasswordSource.PROMPT);
        app.profiles.save(demo, List.of(pg));
        open(robot);
        assertThat(fakeReads.get()).isZero();
        assertThat(app.window.statusBar().databaseText()).isEqualTo("staging: password needed (Ctrl+R)");
        app.nextPassword = Optional.of("wrong");
        robot.clickOn("#refreshDatabasesButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.passwordPrompts).containsExactly("staging");
        assertThat(app.window.statusBar().databaseText()).isEqualTo("staging: login refused");
        app.nextPassword = Optional.of("s3cret");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.passwordPrompts).hasSize(2);
        assertThat(app.passwordPrompts.get(1)).startsWith("staging after: PostgreSQL at db.example refused");
        assertThat(app.window.graphView().classesOf(DemoCopy.FORK)).startsWith("current_1f77b4, current");
        robot.clickOn("#refreshDatabasesButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.passwordPrompts).hasSize(2);
        assertThat(fakeReads.get()).isEqualTo(3);
        String file = Files.readString(app.profiles.fileFor(demo));
        assertThat(file).doesNotContain("s3cret").doesNotContain("wrong").contains("\"passwordSource\": \"PROMPT\"");
        TableView<?> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(problems.getItems().toString()).doesNotContain("s3cret");
        assertThat(robot.lookup("#statusBar").queryAs(javafx.scene.layout.HBox.class).getChildren().toString())
                .doesNotContain("s3cret");
        assertThat(DatabaseTexts.message(app.window.databaseStates().statuses().get(0))).doesNotContain("s3cret");
    }

    @Test
    void reloadingPlacesTheRowsOnTheNewGraphWithoutReadingAgain(FxRobot robot) throws Exception {
        app.profiles.save(demo, List.of(ConnectionProfile.postgres("staging", "db.example", 5433, "app", "app")
                .withPasswordSource(PasswordSource.NONE)));
        app.nextPassword = Optional.empty();
        open(robot);
        assertThat(fakeReads.get()).isEqualTo(1);
        robot.interact(() -> app.model.reload());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fakeReads.get()).isEqualTo(1);
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).startsWith("21 revisions");
    }
}
