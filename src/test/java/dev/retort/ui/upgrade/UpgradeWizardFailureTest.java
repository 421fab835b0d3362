package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.DemoFixture.R1687;
import static dev.retort.ui.support.UpgradeHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.Secret;
import dev.retort.db.VersionTableReader;
import dev.retort.runner.RunState;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.support.UpgradeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
 * When the upgrade goes wrong, with the real alembic: a migration that raises (alembic's error
 * first, then where the database really stopped), and a slow migration cancelled (no process
 * left behind).
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeWizardFailureTest {
    static final String FAILING = "badf00d00001";
    static final String SLOW = "5105e0000001";

    @TempDir
    static Path temp;
    private UpgradeHarness harness;

    @BeforeAll
    static void alembic() {
        AlembicAvailability.assumeAlembic();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path demo = DemoFixture.copy(Files.createTempDirectory(temp, "demo"));
        DemoFixture.addRevision(demo, FAILING, "add note then fail", R017,
                "    op.create_table('notes', sa.Column('id', sa.Integer, primary_key=True))\n"
                        + "    raise RuntimeError('boom: simulated failure in " + FAILING + "')");
        DemoFixture.addRevision(demo, SLOW, "slow backfill", R1687, "    time.sleep(120)");
        harness = new UpgradeHarness(stage, Files.createTempDirectory(temp, "config"), demo,
                UpgradeHarness.systemEnvironment(), List.of(Path.of("/usr/bin/python3")), AlembicPreferences.DEFAULTS);
    }

    @AfterEach
    void close(FxRobot robot) {
        harness.close(robot);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void plan(FxRobot robot, String target) throws Exception {
        harness.open(robot);
        robot.clickOn("#upgradeDatabaseButton");
        harness.waitForWizard();
        robot.interact(() -> harness.model().setTarget(target));
    }

    @Test
    void aMigrationThatRaisesShowsAlembicsErrorAndWhereTheDatabaseStopped(FxRobot robot) throws Exception {
        plan(robot, FAILING);
        assertThat(text(robot, "#stepRevision1")).startsWith(R017);
        assertThat(text(robot, "#stepRevision2")).startsWith(FAILING);

        robot.clickOn("#runButton");
        harness.waitForState(WizardState.VERIFIED, 120);

        RunSession session = fx(() -> harness.model().sessionProperty().get().orElseThrow());
        assertThat(fx(() -> session.resultProperty().get().orElseThrow().state())).isEqualTo(RunState.FAILED);
        assertThat(text(robot, "#alembicError")).startsWith("RuntimeError: boom: simulated failure in " + FAILING);
        assertThat(text(robot, "#outcomeBanner")).startsWith("alembic failed: RuntimeError: boom: simulated failure in "
                + FAILING + " — the database is at ");
        assertThat(text(robot, "#runStepLabel")).startsWith("alembic failed during step 2 of 2: Running upgrade "
                + R017 + " -> " + FAILING);
        // where alembic really left it, read apart from the wizard, is what the wizard shows
        List<String> actual = new VersionTableReader().read(DemoFixture.profile(harness.demo), Secret.none()).rows();
        assertThat(actual).doesNotContain(FAILING);
        Verification.Report report = fx(() -> harness.model().reportProperty().get().orElseThrow());
        assertThat(report.rowsNow()).contains(actual);
        assertThat(text(robot, "#check-plan")).contains(String.join(", ", actual));
        assertThat(report.check("exit").orElseThrow().status()).isEqualTo(VerifyCheck.Status.FAIL);
        assertThat(fx(() -> harness.wizard().graphView().classesOf(FAILING))).contains("planfailed");
        // the log is open, with the traceback
        assertThat(robot.lookup("#verifyLogPane").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(fx(() -> session.lines().stream().map(l -> l.text()).toList()))
                .contains("Traceback (most recent call last):");
    }

    @Test
    void cancellingASlowMigrationEndsEveryProcess(FxRobot robot) throws Exception {
        plan(robot, SLOW);
        robot.clickOn("#runButton");
        UpgradeHarness.waitFor(60, () -> harness.model().sessionProperty().get()
                .map(s -> s.progressProperty().get().running().map(st -> st.revision().equals(SLOW)).orElse(false))
                .orElse(false));
        assertThat(text(robot, "#runStepLabel")).startsWith("Step 1 of 1: Running upgrade " + R1687 + " -> " + SLOW);
        RunSession session = fx(() -> harness.model().sessionProperty().get().orElseThrow());
        ProcessHandle alembic = session.processHandle().orElseThrow();
        List<ProcessHandle> tree = alembic.descendants().toList();
        assertThat(alembic.isAlive()).isTrue();

        robot.clickOn("#cancelRunButton");
        harness.waitForState(WizardState.VERIFIED, 60);

        assertThat(harness.app.confirmations).containsExactly("Stop alembic?");
        assertThat(alembic.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(harness.demo.toString()))).as("no alembic left for this project").isEmpty();
        assertThat(fx(() -> session.resultProperty().get().orElseThrow().state())).isEqualTo(RunState.CANCELLED);
        assertThat(text(robot, "#outcomeBanner")).startsWith("Stopped: the database is at " + R1687);
        assertThat(text(robot, "#check-exit")).startsWith("cancelled after ").endsWith("its whole process tree ended");
    }

    @Test
    void aCancelTheUserTakesBackLeavesAlembicRunning(FxRobot robot) throws Exception {
        plan(robot, SLOW);
        robot.clickOn("#runButton");
        UpgradeHarness.waitFor(60, () -> harness.model().sessionProperty().get()
                .map(s -> s.progressProperty().get().started() == 1).orElse(false));
        harness.app.confirmAnswer = false;
        robot.clickOn("#cancelRunButton");
        assertThat(fx(() -> harness.model().stateProperty().get())).isEqualTo(WizardState.RUNNING);
        assertThat(harness.app.confirmations).containsExactly("Stop alembic?");
        // closing the window stops it (AfterEach checks the runner has nothing left)
    }
}
