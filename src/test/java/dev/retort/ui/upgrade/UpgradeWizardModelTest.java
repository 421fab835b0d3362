package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R016;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.DemoFixture.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.VersionTableState;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.runner.RunState;
import dev.retort.runner.SqlPreviewResult;
import dev.retort.testsupport.TestFiles;
import dev.retort.ui.alembic.AlembicLocator;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.alembic.LoadOrderChoice;
import dev.retort.ui.alembic.PreferencesStore;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.task.FxTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard model's moves, against a fake alembic (a shell script that prints what alembic
 * prints) and an in-memory database, so every transition is quick and certain.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeWizardModelTest {
    /** Answers like alembic 1.8.1 on the merged demo: --version, --sql, and an upgrade that logs its two steps. */
    static final String FAKE_ALEMBIC = """
            if [ "$1" = "--version" ]; then echo "alembic 1.8.1"; exit 0; fi
            while [ $# -gt 0 ]; do case "$1" in -c|-n|-x) shift 2;; *) break;; esac; done
            cmd=$1; shift
            if [ "$1" = "--sql" ]; then
              echo "-- Running upgrade %1$s -> %2$s"; echo "ALTER TABLE questionnaire_responses ADD COLUMN asset_id INTEGER;"
              exit 0
            fi
            log() { echo "INFO  [alembic.runtime.migration] $1" >&2; }
            log "Context impl SQLiteImpl."
            log "env POSTGRES_HOST=$POSTGRES_HOST POSTGRES_PORT=$POSTGRES_PORT"
            log "Running upgrade %1$s -> %2$s, add asset id to questionnaire responses"
            sleep "${FAKE_SLEEP:-0}"
            log "Running upgrade %2$s, %3$s -> %4$s, merge_heads_fix_questionnaire_asset_linkage"
            """.formatted(R016, R017, R1687, MERGE);

    @TempDir
    Path dir;
    private ProcessRunner runner;
    private FxTaskRunner tasks;
    private MemoryDatabase database;
    private UpgradeWizardModel model;
    private ProjectSnapshot snapshot;
    private final List<WizardState> moves = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
    }

    /** A DatabaseStates whose next reading the test sets. */
    static final class MemoryDatabase implements DatabaseStates {
        final ObservableList<DatabaseStatus> statuses = FXCollections.observableArrayList();
        final ConnectionProfile profile;
        volatile List<String> nextRows;

        MemoryDatabase(Path file, List<String> rows) {
            // variables as a profile keeps them for env.py; the secret's value is never saved
            Map<String, String> env = new java.util.LinkedHashMap<>();
            env.put("POSTGRES_HOST", "localhost");
            env.put("POSTGRES_PORT", "5433");
            env.put("POSTGRES_PASSWORD", "");
            profile = ConnectionProfile.sqlite("demo.db", file).withEnvironment(env);
            nextRows = rows;
            statuses.setAll(status(rows));
        }

        DatabaseStatus status(List<String> rows) {
            return new DatabaseStatus(profile, Optional.of(new VersionTableState(VersionTableState.Status.CONNECTED,
                    rows, "read", Optional.empty(), profile.target(), "alembic_version")), Optional.empty(), false);
        }

        @Override
        public ObservableList<DatabaseStatus> statuses() {
            return statuses;
        }

        @Override
        public void refresh() {
            Platform.runLater(() -> statuses.setAll(status(nextRows)));
        }
    }

    @BeforeEach
    void setUp(FxRobot robot) throws Exception {
        Path demo = TestFiles.copyDemo(dir.resolve("demo"));
        DemoFixture.mergeHeads(demo);
        snapshot = new ProjectOpener().open(demo);
        Path fake = dir.resolve("bin/alembic");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\n" + FAKE_ALEMBIC, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        runner = new ProcessRunner();
        tasks = new FxTaskRunner();
        database = new MemoryDatabase(demo.resolve("demo.db"), List.of(R1687));
        AlembicSetup setup = new AlembicSetup(runner, new AlembicDiscovery.Settings(Map.of("PATH", "/usr/bin:/bin"),
                List.of(), 0, Duration.ofSeconds(10), "set it in Preferences"), PreferencesStore.inMemory(
                        new AlembicPreferences(Optional.of(fake), LoadOrderChoice.AUTOMATIC)),
                Map.of("PATH", "/usr/bin:/bin", "FAKE_SLEEP", "30"), false);
        robot.interact(() -> {
            AlembicLocator locator = new AlembicLocator(setup, tasks);
            locator.projectOpened(demo);
            locator.ensureDiscovered();
            model = new UpgradeWizardModel(tasks, locator, database);
            model.stateProperty().addListener((o, a, b) -> moves.add(b));
            model.setSnapshot(snapshot);
        });
        waitFor(() -> model.alembic().installation().isPresent());
    }

    @AfterEach
    void tearDown() {
        runner.close();
        tasks.shutdown();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void planPreviewBackPreviewRunVerify(FxRobot robot) throws Exception {
        assertThat(fx(() -> model.planProperty().get().steps().size())).isEqualTo(2);
        assertThat(fx(() -> model.blockedProperty().get())).isEmpty();
        assertThat(fx(() -> model.commandLineProperty().get())).contains(" -c ", "alembic.ini", " upgrade heads",
                "POSTGRES_HOST=localhost POSTGRES_PORT=5433 ").doesNotContain("POSTGRES_PASSWORD");
        assertThat(fx(() -> model.planProperty().get().notes())).containsExactly("The profile's POSTGRES_PASSWORD has "
                + "no saved value (secrets are never saved) and Retort's environment has none either: alembic runs "
                + "without it.");
        robot.interact(model::preview);
        waitFor(() -> model.stateProperty().get() == WizardState.PREVIEWED);
        SqlPreviewResult preview = fx(() -> model.previewProperty().get().orElseThrow());
        assertThat(preview.status()).isEqualTo(SqlPreviewResult.Status.OK);
        assertThat(preview.sql()).contains("ALTER TABLE questionnaire_responses ADD COLUMN asset_id INTEGER;");
        robot.interact(model::back);
        robot.interact(model::preview);
        waitFor(() -> model.stateProperty().get() == WizardState.PREVIEWED);

        database.nextRows = List.of(MERGE);
        robot.interact(() -> {
            model.setTarget("heads");
            model.run();
        });
        // FAKE_SLEEP=30 holds step 1: cancel is tested elsewhere; here alembic is told to go on quickly
        waitFor(() -> model.sessionProperty().get().flatMap(s -> s.processHandle()).isPresent());
        assertThat(fx(() -> model.stateProperty().get())).isEqualTo(WizardState.RUNNING);
        ProcessHandle alembic = fx(() -> model.sessionProperty().get().orElseThrow().processHandle().orElseThrow());
        alembic.descendants().forEach(ProcessHandle::destroy);
        waitFor(() -> model.stateProperty().get() == WizardState.VERIFIED);

        assertThat(moves).containsExactly(WizardState.PREVIEWING, WizardState.PREVIEWED, WizardState.PLANNING,
                WizardState.PREVIEWING, WizardState.PREVIEWED, WizardState.RUNNING, WizardState.VERIFYING,
                WizardState.VERIFIED);
        RunSession session = fx(() -> model.sessionProperty().get().orElseThrow());
        assertThat(fx(() -> session.resultProperty().get().orElseThrow().state())).isEqualTo(RunState.SUCCEEDED);
        assertThat(fx(() -> session.progressProperty().get().started())).isEqualTo(2);
        assertThat(fx(() -> session.lines().stream().map(l -> l.text()).toList()))
                .contains("INFO  [alembic.runtime.migration] env POSTGRES_HOST=localhost POSTGRES_PORT=5433");
        Verification.Report report = fx(() -> model.reportProperty().get().orElseThrow());
        assertThat(report.passed()).as(report.checks().toString()).isTrue();
        assertThat(fx(() -> model.rowsShownProperty().get())).containsExactly(MERGE);

        robot.interact(model::planAgain);
        assertThat(fx(() -> model.stateProperty().get())).isEqualTo(WizardState.PLANNING);
        assertThat(fx(() -> model.planProperty().get().hasWork())).as("the database is at heads now").isFalse();
    }

    @Test
    void cancelEndsTheProcessTreeAndStillVerifies(FxRobot robot) throws Exception {
        robot.interact(model::run);
        waitFor(() -> model.sessionProperty().get().map(s -> s.progressProperty().get().started() == 1).orElse(false));
        ProcessHandle alembic = fx(() -> model.sessionProperty().get().orElseThrow().processHandle().orElseThrow());
        List<ProcessHandle> tree = alembic.descendants().toList();
        assertThat(tree).as("the fake's sleep").isNotEmpty();
        robot.interact(model::cancel);
        assertThat(fx(() -> model.stateProperty().get())).isIn(WizardState.CANCELLING, WizardState.VERIFYING,
                WizardState.VERIFIED);
        waitFor(() -> model.stateProperty().get() == WizardState.VERIFIED);
        assertThat(alembic.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(moves).containsSubsequence(WizardState.RUNNING, WizardState.CANCELLING, WizardState.VERIFYING,
                WizardState.VERIFIED);
        Verification.Report report = fx(() -> model.reportProperty().get().orElseThrow());
        assertThat(report.check("exit").orElseThrow().title()).isEqualTo("alembic was stopped");
        assertThat(report.headline()).startsWith("Stopped: the database is at " + R1687);
    }

    @Test
    void movesThatAreNotAllowedNowDoNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.cancel();
            model.planAgain();
            model.back();
        });
        assertThat(moves).isEmpty();
        robot.interact(() -> model.setTarget("nope"));
        assertThat(fx(() -> model.blockedProperty().get())).isEqualTo("Can't locate revision identified by 'nope'");
        assertThat(fx(model::canRun)).isFalse();
        assertThat(fx(model::canPreview)).isFalse();
        robot.interact(() -> {
            model.run();
            model.preview();
        });
        assertThat(moves).isEmpty();
    }

    @Test
    void downgradeAndStampWaitForTheStrongerConfirmation(FxRobot robot) throws Exception {
        database.statuses.setAll(database.status(List.of(MERGE)));
        robot.interact(() -> model.setOperation(UpgradeOperation.DOWNGRADE));
        assertThat(fx(() -> model.targetProperty().get())).isEqualTo("-1");
        assertThat(fx(() -> model.blockedProperty().get())).isEqualTo("Ambiguous walk");
        robot.interact(() -> model.setTarget(R017));
        assertThat(fx(() -> model.blockedProperty().get())).startsWith("Confirm that you understand");
        robot.interact(() -> model.setConfirmed(true));
        assertThat(fx(model::canRun)).isTrue();
        assertThat(fx(() -> model.commandLineProperty().get())).endsWith(" downgrade " + R017);
        robot.interact(() -> model.setOperation(UpgradeOperation.STAMP));
        assertThat(fx(() -> model.confirmedProperty().get())).as("a new operation asks again").isFalse();
        assertThat(fx(model::canRun)).isFalse();
    }

    @Test
    void aReloadThatChangesThePlanWhilePreviewedGoesBackToPlanning(FxRobot robot) throws Exception {
        robot.interact(model::preview);
        waitFor(() -> model.stateProperty().get() == WizardState.PREVIEWED);
        robot.interact(() -> database.statuses.setAll(database.status(List.of(R017, R1687))));
        assertThat(fx(() -> model.stateProperty().get())).isEqualTo(WizardState.PLANNING);
        assertThat(fx(() -> model.planProperty().get().steps().size())).isEqualTo(1);
    }
}
