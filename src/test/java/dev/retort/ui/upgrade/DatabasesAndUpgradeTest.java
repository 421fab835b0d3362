package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.UpgradeHarness.fx;
import static dev.retort.ui.support.UpgradeHarness.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.alembic.PreferencesStore;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.support.UpgradeHarness;
import dev.retort.ui.support.WindowHarness;
import dev.retort.ui.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the app wires it: the database overlay reads a saved profile (the demo's
 * SQLite database), the upgrade wizard plans from that profile, runs the real alembic, and
 * Verify re-reads through the overlay, whose status bar then says the database is at heads.
 */
@ExtendWith(ApplicationExtension.class)
class DatabasesAndUpgradeTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private final ProcessRunner runner = new ProcessRunner();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Path demo;

    @BeforeAll
    static void alembic() {
        AlembicAvailability.assumeAlembic();
    }

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoFixture.copy(Files.createTempDirectory(temp, "demo"));
        DemoFixture.mergeHeads(demo);
        var environment = UpgradeHarness.systemEnvironment();
        AlembicSetup setup = new AlembicSetup(runner, AlembicDiscovery.Settings.defaults(environment)
                .withFallbackPythons(List.of(Path.of("/usr/bin/python3"))).withTimeout(Duration.ofSeconds(30)),
                PreferencesStore.inMemory(AlembicPreferences.DEFAULTS), environment, false);
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"), tasks, null, s -> s.withAlembic(setup));
        ConnectionProfile profile = DemoFixture.profile(demo).withName("demo (SQLite)");
        app.profiles.save(demo.toRealPath(), List.of(profile));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            app.window.close();
            app.window.upgradeWizard().flatMap(UpgradeWizard::stage).ifPresent(Stage::hide);
        });
        runner.close();
        tasks.shutdown();
    }

    @Test
    void theSavedProfileIsReadPlannedFromUpgradedAndReadAgain(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.open(demo));
        waitFor(60, () -> onFx(() -> app.window.statusBar().databaseText()).contains("pending"));
        assertThat(fx(() -> app.window.statusBar().databaseText()))
                .isEqualTo("demo (SQLite): database at 1687c833bfcc (2 pending to head)");

        robot.clickOn("#statusText");
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        waitFor(30, () -> app.window.upgradeWizard().isPresent());
        UpgradeWizardModel model = app.window.upgradeWizard().orElseThrow().model();
        waitFor(60, () -> !app.window.alembic().searchingProperty().get()
                && app.window.alembic().resultProperty().get().isPresent());
        waitFor(30, () -> onFx(() -> model.planProperty().get() == null ? 0
                : model.planProperty().get().steps().size()) == 2);
        assertThat(fx(() -> model.planProperty().get().steps().get(0).revision())).isEqualTo(R017);

        robot.interact(model::run);
        waitFor(120, () -> onFx(() -> model.stateProperty().get()) == WizardState.VERIFIED);
        Verification.Report report = fx(() -> model.reportProperty().get().orElseThrow());
        assertThat(report.checks()).allMatch(c -> c.status() == VerifyCheck.Status.PASS, "all checks pass");
        waitFor(60, () -> onFx(() -> app.window.statusBar().databaseText()).endsWith("at heads"));
        assertThat(fx(() -> app.window.statusBar().databaseText())).isEqualTo("demo (SQLite): database at heads");
        assertThat(fx(() -> app.window.graphView().classesOf(MERGE))).contains("current");
    }

    /** {@link UpgradeHarness#fx} for conditions, which may not throw checked exceptions. */
    private static <T> T onFx(java.util.function.Supplier<T> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
