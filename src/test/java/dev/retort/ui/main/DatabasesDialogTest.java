package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbKind;
import dev.retort.db.PasswordSource;
import dev.retort.ui.db.ProfileEditorModel;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.support.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The Databases dialog, driven with the keyboard and mouse: add, edit, save, reopen, test. */
@ExtendWith(ApplicationExtension.class)
class DatabasesDialogTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoCopy.create(Files.createTempDirectory(temp, "demo"));
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"));
        app.model.open(demo);
    }

    private void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE).write(text);
    }

    private ProfileEditorModel editor() {
        return app.window.databasesDialog().orElseThrow().editor();
    }

    @Test
    void aProfileMadeInTheDialogIsSavedWithoutPasswordAndComesBack(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.databasesDialog()).isPresent();
        robot.clickOn("#addProfile");
        assertThat(robot.lookup("#profileName").queryAs(TextField.class).getText()).isEqualTo("demo (SQLite)");
        assertThat(robot.lookup("#profileNotes").queryAs(Label.class).getText())
                .contains("Prefilled from sqlalchemy.url (sqlite:///");
        assertThat(robot.lookup("#willConnectTo").queryAs(Label.class).getText())
                .isEqualTo("Will connect to: sqlite:///" + demo.resolve("demo.db") + ", table alembic_version");
        // the demo's own database, read at once
        assertThat(app.window.statusBar().databaseText())
                .isEqualTo("demo (SQLite): database at 1687c833bfcc (1 pending to heads)");

        replace(robot, "#profileName", "staging");
        robot.interact(() -> editor().kindProperty().set(DbKind.POSTGRESQL));
        replace(robot, "#profileHost", "127.0.0.1");
        replace(robot, "#profilePort", "1");
        replace(robot, "#profileDatabase", "app");
        replace(robot, "#profileUser", "app");
        robot.interact(() -> editor().passwordSourceProperty().set(PasswordSource.PROMPT));
        robot.clickOn("#addVariable");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("POSTGRES_PORT=5433").type(KeyCode.ENTER);
        robot.interact(() -> editor().addVariable("POSTGRES_PASSWORD", "hunter2"));
        assertThat(robot.lookup("#willConnectTo").queryAs(Label.class).getText())
                .isEqualTo("Will connect to: postgresql://app@127.0.0.1:1/app, table alembic_version");
        assertThat(robot.lookup("#runsWith").queryAs(Label.class).getText())
                .isEqualTo("alembic runs with POSTGRES_PORT=5433 POSTGRES_PASSWORD=***");
        robot.clickOn("#saveProfile");
        WaitForAsyncUtils.waitForFxEvents();

        String file = Files.readString(app.profiles.fileFor(demo));
        assertThat(file).contains("\"name\": \"staging\"", "\"host\": \"127.0.0.1\"", "\"POSTGRES_PORT\": \"5433\"",
                "\"passwordSource\": \"PROMPT\"").doesNotContain("hunter2").doesNotContain("\"password\":");
        assertThat(app.window.statusBar().databaseText()).isEqualTo("staging: password needed (Ctrl+R)");

        robot.clickOn("#closeDatabases");
        robot.clickOn("#databasesButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#profileList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#profileHost").queryAs(TextField.class).getText()).isEqualTo("127.0.0.1");
        assertThat(editor().environment()).extracting(v -> v.nameProperty().get() + "=" + v.valueProperty().get())
                .containsExactly("POSTGRES_PORT=5433", "POSTGRES_PASSWORD=hunter2"); // this session only
        ConnectionProfile saved = app.profiles.load(demo).profiles().get(0);
        assertThat(saved.environment()).isEqualTo(Map.of("POSTGRES_PORT", "5433", "POSTGRES_PASSWORD", ""));

        app.nextPassword = Optional.of("not-used-by-anyone");
        robot.clickOn("#testConnection");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.passwordPrompts).containsExactly("staging");
        assertThat(robot.lookup("#testResult").queryAs(Label.class).getText())
                .startsWith("✘ Cannot reach PostgreSQL at 127.0.0.1:1: connection refused. Is the server running?")
                .contains("alembic runs with POSTGRES_PORT=5433 POSTGRES_PASSWORD=***")
                .doesNotContain("not-used-by-anyone");
    }

    @Test
    void duplicateMoveAndRemoveKeepTheFileInTheListsOrder(FxRobot robot) throws Exception {
        app.profiles.save(demo, java.util.List.of(ConnectionProfile.sqlite("demo", demo.resolve("demo.db"))));
        robot.interact(() -> app.model.open(demo.resolve("alembic.ini")));
        robot.interact(app.window::openDatabases);
        robot.clickOn("#duplicateProfile");
        assertThat(robot.lookup("#profileName").queryAs(TextField.class).getText()).isEqualTo("demo copy");
        robot.clickOn("#moveProfileUp");
        assertThat(app.profiles.load(demo).profiles()).extracting(ConnectionProfile::name)
                .containsExactly("demo copy", "demo");
        assertThat(app.profiles.load(demo).profiles().get(0).color()).isNotEqualTo(ConnectionProfile.defaultColor(0));
        robot.clickOn("#removeProfile");
        assertThat(app.profiles.load(demo).profiles()).extracting(ConnectionProfile::name).containsExactly("demo");
        assertThat(robot.lookup("#profileName").queryAs(TextField.class).getText()).isEqualTo("demo");
        assertThat(robot.lookup("#profileState").queryAs(Label.class).getText())
                .isEqualTo("Database at 1687c833bfcc (1 pending to heads).");
    }
}
