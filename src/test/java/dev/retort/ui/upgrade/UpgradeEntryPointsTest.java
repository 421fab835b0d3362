package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.UpgradeHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.parsing.script.LoadOrder;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.LoadOrderChoice;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.support.UpgradeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Getting into the wizard without alembic: the clear message and a disabled Run (the plan is still
 * shown: exploring works), fixing it with the alembic path in Preferences, and the launcher the
 * merge wizard calls with its new revision as target.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeEntryPointsTest {
    static final Path BOGUS = Path.of("/nonexistent/retort-test/alembic");

    @TempDir
    static Path temp;
    private UpgradeHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        Path demo = DemoFixture.copy(Files.createTempDirectory(temp, "demo"));
        // nothing to find: an empty PATH, no fallback interpreter, a preferred path that does not exist
        harness = new UpgradeHarness(stage, Files.createTempDirectory(temp, "config"), demo, Map.of("PATH", ""),
                List.of(), new AlembicPreferences(Optional.of(BOGUS), LoadOrderChoice.AUTOMATIC));
    }

    @AfterEach
    void close(FxRobot robot) {
        harness.close(robot);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void withoutAlembicTheWizardSaysHowToFixItAndRunIsOff(FxRobot robot) throws Exception {
        harness.open(robot);
        robot.clickOn("#upgradeDatabaseButton");
        harness.waitForWizard();

        String expected = "No working alembic was found (" + BOGUS + " did not work). Install alembic in the "
                + "project's virtualenv (.venv/bin/pip install alembic), or `apt install python3-alembic`, or set the "
                + "path to alembic in Preferences. Exploring and merging still work without it.";
        assertThat(text(robot, "#alembicBanner")).isEqualTo(expected);
        assertThat(robot.lookup("#alembicBanner").query().isVisible()).isTrue();
        assertThat(text(robot, "#wizardAlembicLabel")).isEqualTo("No alembic found");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#previewButton").queryAs(Button.class).isDisabled()).isTrue();
        // the plan is Retort's own: it is there without alembic
        assertThat(text(robot, "#stepRevision1")).startsWith(R017);
        assertThat(fx(() -> harness.app.window.alembic().loadOrderProperty().get())).isEqualTo(LoadOrder.SORTED);

        // Preferences (also Help > About alembic) says the same, and takes a path that works
        robot.clickOn("#wizardPreferencesLink");
        assertThat(text(robot, "#alembicFoundLabel")).isEqualTo("✘ No working alembic found");
        assertThat(text(robot, "#alembicMessage")).isEqualTo(expected);
        if (AlembicAvailability.alembicVersion().isEmpty()) {
            return;
        }
        robot.interact(() -> robot.lookup("#alembicPathField").queryAs(TextField.class)
                .setText(AlembicAvailability.python().toString()));
        robot.clickOn("#useAlembicPathButton");
        UpgradeHarness.waitFor(60, () -> harness.app.window.alembic().installation().isPresent());
        assertThat(text(robot, "#alembicFoundLabel")).startsWith("✔ alembic ");
        assertThat(harness.app.window.alembic().preferencesProperty().get().alembicPath())
                .contains(AlembicAvailability.python());
        assertThat(robot.lookup("#alembicBanner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();
        // automatic file order follows the release found: 1.8/1.9 read directories unsorted
        LoadOrder expectedOrder = harness.app.window.alembic().release().orElseThrow().listsFilesSorted()
                ? LoadOrder.SORTED : LoadOrder.DIRECTORY;
        assertThat(fx(() -> harness.app.window.alembic().loadOrderProperty().get())).isEqualTo(expectedOrder);
    }

    @Test
    void theMergeWizardsLauncherOpensWithItsTarget(FxRobot robot) throws Exception {
        harness.open(robot);
        robot.interact(() -> harness.app.window.upgradeLauncher().openUpgradeWizard(
                UpgradeWizardLauncher.Request.toTarget(null, R017)));
        harness.waitForWizard();
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).getText()).isEqualTo(R017);
        assertThat(text(robot, "#stepRevision1")).startsWith(R017);
        assertThat(robot.lookup("#stepRevision2").tryQuery()).isEmpty();
        // asking again brings the same wizard back
        UpgradeWizard first = harness.wizard();
        robot.interact(() -> harness.app.window.upgradeLauncher().openUpgradeWizard(
                UpgradeWizardLauncher.Request.DEFAULT));
        assertThat(harness.wizard()).isSameAs(first);
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).getText()).isEqualTo("heads");
    }
}
