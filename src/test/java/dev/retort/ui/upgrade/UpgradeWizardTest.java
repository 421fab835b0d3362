package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The incident, fixed through the wizard with the real alembic: the demo (two heads, demo.db at
 * 1687c833bfcc), its heads merged as the merge wizard does, then Ctrl+U: the plan runs 017 and
 * then the merge, the SQL preview explains why this project has none offline, the run goes
 * through, and Verify shows every check passing with the database re-read at the merge.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeWizardTest {
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
        DemoFixture.mergeHeads(demo);
        harness = new UpgradeHarness(stage, Files.createTempDirectory(temp, "config"), demo,
                UpgradeHarness.systemEnvironment(), List.of(Path.of("/usr/bin/python3")), AlembicPreferences.DEFAULTS);
    }

    @AfterEach
    void close(FxRobot robot) {
        harness.close(robot);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label l ? l.getText() : ((javafx.scene.control.TextInputControl) node).getText();
    }

    @Test
    void planPreviewRunVerifyTheIncidentWithTheRealAlembic(FxRobot robot) throws Exception {
        harness.open(robot);
        robot.clickOn("#statusText");
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        harness.waitForWizard();

        // Plan: from the database's row, to heads: 017 first, then the merge
        assertThat(text(robot, "#wizardAlembicLabel")).startsWith("alembic " + AlembicAvailability.alembicVersion()
                .replace("alembic ", "") + " · /usr/bin/python3 -m alembic");
        assertThat(text(robot, "#currentRevisions")).startsWith(R1687);
        assertThat(text(robot, "#targetField")).isEqualTo("heads");
        assertThat(text(robot, "#stepRevision1")).startsWith(R017);
        assertThat(text(robot, "#stepRevision2")).startsWith(MERGE + "\nmerge_heads_fix_questionnaire_asset_linkage");
        assertThat(text(robot, "#stepRows1").lines()).containsExactlyInAnyOrder(R1687, R017);
        assertThat(text(robot, "#stepRows2")).isEqualTo(MERGE);
        assertThat(robot.lookup("#stepRevision3").tryQuery()).isEmpty();
        assertThat(text(robot, "#commandLine")).contains("/usr/bin/python3 -m alembic -c " + harness.demo
                .resolve("alembic.ini"), " upgrade heads");
        var graph = harness.wizard().graphView();
        assertThat(fx(() -> graph.classesOf(R017))).contains("planstep");
        assertThat(fx(() -> graph.classesOf(MERGE))).contains("planstep");
        assertThat(fx(() -> graph.classesOf(R1687))).contains("current");

        // a target alembic would refuse, in alembic's words; Run is off until it is fixed
        robot.clickOn("#targetField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("nope");
        assertThat(text(robot, "#planError")).isEqualTo("Can't locate revision identified by 'nope'");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("heads");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();

        // Preview: the demo's 017 uses batch mode on SQLite, which alembic cannot do offline
        robot.clickOn("#previewButton");
        harness.waitForState(WizardState.PREVIEWED, 60);
        assertThat(text(robot, "#previewStatus")).startsWith("A migration of this plan cannot produce SQL offline "
                + "(alembic --sql): This operation cannot proceed in --sql mode")
                .endsWith("This does not stop the run: Run asks alembic to do it online.");
        assertThat(fx(() -> harness.model().previewProperty().get().orElseThrow().sql()))
                .contains("-- Running upgrade 016_add_security_constraints -> " + R017);
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();

        // Run, then Verify
        robot.clickOn("#runButton");
        harness.waitForState(WizardState.VERIFIED, 120);
        RunSession session = fx(() -> harness.model().sessionProperty().get().orElseThrow());
        assertThat(fx(() -> session.resultProperty().get().orElseThrow().state())).isEqualTo(RunState.SUCCEEDED);
        assertThat(fx(() -> session.lines().stream().map(l -> l.text()).toList())).contains(
                "INFO  [alembic.runtime.migration] Running upgrade 016_add_security_constraints -> " + R017
                        + ", add asset id to questionnaire responses",
                "INFO  [alembic.runtime.migration] Running upgrade " + R017 + ", " + R1687 + " -> " + MERGE
                        + ", merge_heads_fix_questionnaire_asset_linkage");
        assertThat(text(robot, "#runStepLabel")).isEqualTo("Finished: 2 of 2 steps ran.");
        assertThat(text(robot, "#outcomeBanner")).isEqualTo("Upgrade finished: the database is at " + MERGE + ".");
        Verification.Report report = fx(() -> harness.model().reportProperty().get().orElseThrow());
        assertThat(report.checks()).extracting(VerifyCheck::id)
                .containsExactly("exit", "steps", "database", "plan", "oneHead", "atHead", "merge");
        assertThat(report.checks()).allMatch(c -> c.status() == VerifyCheck.Status.PASS, "all pass");
        assertThat(text(robot, "#check-steps")).isEqualTo("2 of 2 steps, in the planned order");
        assertThat(text(robot, "#check-oneHead")).isEqualTo("1 head: " + MERGE);
        assertThat(text(robot, "#check-atHead")).isEqualTo("current = " + MERGE + " = heads");
        assertThat(text(robot, "#check-merge")).isEqualTo(MERGE + " (merges " + R017 + ", " + R1687
                + ") is in the database's history");
        assertThat(harness.databases.refreshes.get()).as("Verify re-read through DatabaseStates").isGreaterThan(1);
        assertThat(fx(() -> graph.classesOf(MERGE))).contains("current", "plandone");

        // the database itself, read apart from the wizard: at the merge, with 017's column
        assertThat(new VersionTableReader().read(DemoFixture.profile(harness.demo), Secret.none()).rows())
                .containsExactly(MERGE);
        assertThat(columns(harness.demo.resolve("demo.db"), "questionnaire_responses")).contains("asset_id");

        // the log can be kept
        Path log = temp.resolve("upgrade.log");
        harness.app.nextSaveFile = java.util.Optional.of(log);
        robot.clickOn("#saveLogButton");
        assertThat(Files.readString(log)).contains("err| INFO  [alembic.runtime.migration] Running upgrade "
                + "016_add_security_constraints -> " + R017);
        assertThat(text(robot, "#wizardMessage")).isEqualTo("Log saved to " + log);

        // Plan again: nothing left to do
        robot.clickOn("#planAgainButton");
        harness.waitForState(WizardState.PLANNING, 10);
        assertThat(text(robot, "#currentRevisions")).startsWith(MERGE);
        assertThat(text(robot, "#planNotes")).startsWith("Nothing to run");
    }

    @Test
    void downgradeWaitsForTheStrongerConfirmation(FxRobot robot) throws Exception {
        // the database as alembic leaves it after the fix: at the merge
        AlembicAvailability.Result upgraded = AlembicAvailability.run(harness.demo, java.util.Map.of(), "-m", "alembic",
                "upgrade", "heads");
        assertThat(upgraded.exitCode()).as(upgraded.stderr()).isZero();
        harness.open(robot);
        robot.clickOn("Project").clickOn("Downgrade or Stamp Database…");
        harness.waitForWizard();
        assertThat(fx(() -> harness.model().operationProperty().get())).isEqualTo(UpgradeOperation.DOWNGRADE);
        assertThat(text(robot, "#currentRevisions")).startsWith(MERGE);
        // alembic's own answer for -1 from a merge
        assertThat(text(robot, "#planError")).isEqualTo("Ambiguous walk");
        robot.clickOn("#targetField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(R017);
        assertThat(text(robot, "#stepRevision1")).startsWith(MERGE);
        assertThat(text(robot, "#stepRows1").lines()).containsExactlyInAnyOrder(R017, R1687);
        assertThat(robot.lookup("#runButton").queryAs(Button.class).getText()).isEqualTo("Run downgrade");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#runHint")).startsWith("Confirm that you understand");

        robot.clickOn("#confirmCheck");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#runButton");
        harness.waitForState(WizardState.VERIFIED, 120);

        Verification.Report report = fx(() -> harness.model().reportProperty().get().orElseThrow());
        assertThat(report.passed()).as(report.checks().toString()).isTrue();
        assertThat(report.check("atHead").orElseThrow().status()).isEqualTo(VerifyCheck.Status.INFO);
        assertThat(new VersionTableReader().read(DemoFixture.profile(harness.demo), Secret.none()).rows())
                .containsExactlyInAnyOrder(R017, R1687);
        assertThat(text(robot, "#outcomeBanner")).startsWith("Downgrade finished: the database is at ");
    }

    @Test
    void stampRewritesTheVersionTableOnly(FxRobot robot) throws Exception {
        harness.open(robot);
        robot.clickOn("#upgradeDatabaseButton");
        harness.waitForWizard();
        robot.clickOn("#operationStamp");
        assertThat(text(robot, "#planNotes")).startsWith("Stamp runs no migration: it only rewrites the version "
                + "table, to " + MERGE + ".");
        assertThat(fx(() -> harness.wizard().graphView().classesOf(MERGE))).contains("planstep");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#confirmCheck").clickOn("#runButton");
        harness.waitForState(WizardState.VERIFIED, 120);
        Verification.Report report = fx(() -> harness.model().reportProperty().get().orElseThrow());
        assertThat(report.passed()).as(report.checks().toString()).isTrue();
        assertThat(text(robot, "#check-plan")).isEqualTo("stamped " + MERGE + "; version table: " + MERGE);
        // no migration ran: 017's column is still missing, which is what stamp is for (and against)
        assertThat(columns(harness.demo.resolve("demo.db"), "questionnaire_responses")).doesNotContain("asset_id");
    }

    static List<String> columns(Path sqlite, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
            return out;
        }
    }
}
