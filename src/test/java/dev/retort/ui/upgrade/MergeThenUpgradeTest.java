package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.UpgradeHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.Secret;
import dev.retort.db.VersionTableReader;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.merge.MergeWizardModel;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.support.UpgradeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The whole incident in the window: the banner's Merge heads…, the merge wizard writes the merge,
 * its "Upgrade database…" opens this wizard on the new head, and the real alembic upgrades demo.db.
 */
@ExtendWith(ApplicationExtension.class)
class MergeThenUpgradeTest {
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
        harness = new UpgradeHarness(stage, Files.createTempDirectory(temp, "config"), demo,
                UpgradeHarness.systemEnvironment(), List.of(Path.of("/usr/bin/python3")), AlembicPreferences.DEFAULTS,
                true);
    }

    @AfterEach
    void close(FxRobot robot) {
        harness.close(robot);
    }

    @Test
    void theMergeWizardHandsOverToTheUpgradeWizard(FxRobot robot) throws Exception {
        harness.open(robot);
        robot.clickOn("#mergeHeadsButton");
        UpgradeHarness.waitFor(10, () -> harness.mergeWizard.orElseThrow().current().isPresent());
        MergeWizardModel merge = harness.mergeWizard.orElseThrow().current().orElseThrow();
        robot.interact(merge::advance);
        robot.interact(() -> merge.inputs().messageProperty().set("merge_heads_fix_questionnaire_asset_linkage"));
        robot.interact(merge::advance);
        UpgradeHarness.waitFor(30, () -> merge.stepProperty().get() == MergeWizardModel.Step.PREVIEW
                && !merge.planningProperty().get());
        robot.interact(merge::advance);
        UpgradeHarness.waitFor(30, () -> merge.stepProperty().get() == MergeWizardModel.Step.DONE
                && merge.outcomeProperty().get() != null);
        assertThat(merge.outcomeProperty().get().revisionId()).isEqualTo(MERGE);

        robot.clickOn("#mergeUpgradeButton");
        harness.waitForWizard();
        UpgradeHarness.waitFor(30, () -> harness.model().planProperty().get().steps().size() == 2);
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).getText()).isEqualTo(MERGE);
        assertThat(robot.lookup("#stepRevision1").queryAs(Label.class).getText()).startsWith(R017);
        assertThat(robot.lookup("#stepRevision2").queryAs(Label.class).getText()).startsWith(MERGE);

        robot.clickOn("#runButton");
        harness.waitForState(WizardState.VERIFIED, 120);
        assertThat(fx(() -> harness.model().reportProperty().get().orElseThrow().passed())).isTrue();
        assertThat(new VersionTableReader().read(DemoFixture.profile(harness.demo), Secret.none()).rows())
                .containsExactly(MERGE);
    }
}
