package dev.retort.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.merge.MergeFileWriter;
import dev.retort.merge.MergePlanner;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.alembic.PreferencesStore;
import dev.retort.ui.merge.MergeServices;
import dev.retort.ui.merge.MergeWizard;
import dev.retort.ui.task.FxTaskRunner;
import dev.retort.ui.upgrade.UpgradeWizard;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import dev.retort.ui.upgrade.UpgradeWizardModel;
import dev.retort.ui.upgrade.WizardState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window on a demo copy with its demo.db connected ({@link TestDatabaseStates}) and
 * alembic found by discovery, for driving the upgrade wizard: real background threads, real
 * processes.
 */
public final class UpgradeHarness {
    public final WindowHarness app;
    public final TestDatabaseStates databases;
    public final ProcessRunner runner = new ProcessRunner();
    public final FxTaskRunner tasks = new FxTaskRunner();
    public final Path demo;
    /** The merge wizard, when plugged in. */
    public final Optional<MergeWizard> mergeWizard;

    /**
     * @param environment what alembic (and discovery) see: PATH decides which alembic is found
     * @param fallbackPythons discovery's last resort ({@code /usr/bin/python3}); empty to find nothing
     * @param preferences the alembic path the user set, if any
     */
    public UpgradeHarness(Stage stage, Path configDir, Path demo, Map<String, String> environment,
            List<Path> fallbackPythons, AlembicPreferences preferences) {
        this(stage, configDir, demo, environment, fallbackPythons, preferences, false);
    }

    /**
     * @param mergeWizard plug in the real merge wizard (merging to {@link DemoFixture#MERGE}), whose
     *     "Upgrade database…" opens the upgrade wizard as the app wires it; otherwise merge requests are recorded
     */
    public UpgradeHarness(Stage stage, Path configDir, Path demo, Map<String, String> environment,
            List<Path> fallbackPythons, AlembicPreferences preferences, boolean mergeWizard) {
        this.demo = demo;
        WindowHarness[] holder = new WindowHarness[1];
        databases = new TestDatabaseStates(() -> holder[0] == null ? java.util.Optional.empty()
                : holder[0].model.snapshot().map(s -> s.graph()), List.of(DemoFixture.profile(demo)));
        AlembicSetup setup = new AlembicSetup(runner, AlembicDiscovery.Settings.defaults(environment)
                .withFallbackPythons(fallbackPythons).withTimeout(Duration.ofSeconds(30)),
                PreferencesStore.inMemory(preferences), environment, false);
        MergeWizard merge = null;
        if (mergeWizard) {
            MergePlanner planner = new MergePlanner(Clock.fixed(Instant.parse("2025-09-10T12:00:00Z"), ZoneOffset.UTC),
                    () -> DemoFixture.MERGE);
            merge = new MergeWizard(new MergeServices(planner, new MergeFileWriter(), () -> DemoFixture.MERGE,
                    MergeServices.AlembicLocator.none("not used"), runner, environment, Optional.empty())
                    .withUpgrade(request -> holder[0].window.upgradeLauncher().openUpgradeWizard(
                            UpgradeWizardLauncher.Request.toTarget(null, request.target()))));
        }
        this.mergeWizard = Optional.ofNullable(merge);
        app = new WindowHarness(stage, configDir, tasks, merge, s -> s.withDatabases(databases).withAlembic(setup));
        holder[0] = app;
    }

    /** The process environment with alembic's own PATH: /usr/bin/python3 -m alembic is what discovery finds. */
    public static Map<String, String> systemEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", "/usr/bin:/bin");
        return env;
    }

    /** Opens the demo and waits for it. */
    public void open(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.open(demo));
        waitFor(30, () -> app.model.snapshot().isPresent());
        robot.interact(databases::refresh);
        waitFor(30, () -> databases.statuses().stream().noneMatch(s -> s.reading()));
    }

    public UpgradeWizard wizard() {
        return app.window.upgradeWizard().orElseThrow();
    }

    public UpgradeWizardModel model() {
        return wizard().model();
    }

    /** Waits until alembic was looked for and the wizard shows its plan. */
    public void waitForWizard() throws Exception {
        waitFor(30, () -> app.window.upgradeWizard().isPresent());
        waitFor(60, () -> !app.window.alembic().searchingProperty().get()
                && app.window.alembic().resultProperty().get().isPresent());
    }

    public void waitForState(WizardState state, int seconds) throws Exception {
        waitFor(seconds, () -> model().stateProperty().get() == state);
    }

    public static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads something on the FX thread. */
    public static <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
    }

    /** Closes the window (stopping what runs) and the runner. */
    public void close(FxRobot robot) {
        robot.interact(() -> {
            app.window.close();
            app.window.upgradeWizard().flatMap(UpgradeWizard::stage).ifPresent(Stage::hide);
        });
        runner.close();
        tasks.shutdown();
        assertThat(runner.activeRuns()).isEmpty();
    }
}
