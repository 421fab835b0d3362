package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ui.support.IncidentProject;
import dev.retort.ui.support.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShortcutsHelpTest {
    @TempDir
    static Path temp;
    private WindowHarness app;

    @Start
    void start(Stage stage) throws Exception {
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"));
    }

    @Test
    void f1ListsEveryMenuShortcutAndTheGraphGestures(FxRobot robot) throws Exception {
        Path project = IncidentProject.write(temp.resolve("project"));
        robot.interact(() -> app.model.open(project));
        robot.clickOn("#statusText");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(app.window.shortcutsWindow()).isPresent();
        var texts = robot.lookup("#shortcutsTable").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Open Folder…", "Reload", "Merge Heads…", "Upgrade Database…", "Databases…",
                "Keyboard Shortcuts", "Ctrl+click", "Mouse wheel, + / -");
        ShortcutsHelp help = new ShortcutsHelp(new MainMenus(app.window, app.model).menuBar());
        assertThat(help.shortcuts()).filteredOn(s -> s.action().equals("Open Folder…"))
                .extracting(ShortcutsHelp.Shortcut::keys).containsExactly("Ctrl+O");
    }

    @Test
    void preferencesChooseTheTheme(FxRobot robot) throws Exception {
        Path project = IncidentProject.write(temp.resolve("project2"));
        robot.interact(() -> app.model.open(project));
        robot.interact(app.window::showPreferences);
        assertThat(app.model.darkProperty().get()).isFalse();
        robot.clickOn("#themeDark");
        assertThat(app.model.darkProperty().get()).isTrue();
        robot.interact(() -> app.model.darkProperty().set(false));
        assertThat(robot.lookup("#themeLight").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
    }
}
