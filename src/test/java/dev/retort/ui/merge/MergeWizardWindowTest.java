package dev.retort.ui.merge;

import static dev.retort.ui.support.DemoCopy.BRANCH_POINT;
import static dev.retort.ui.support.DemoCopy.HEAD_017;
import static dev.retort.ui.support.DemoCopy.HEAD_MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.VersionState;
import dev.retort.merge.MergeFileWriter;
import dev.retort.merge.MergePlanner;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.merge.MergeWizardModel.State;
import dev.retort.ui.merge.MergeWizardModel.Step;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.support.WindowHarness;
import dev.retort.ui.task.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge wizard in the real window on a copy of the demo, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class MergeWizardWindowTest {
    static final String MESSAGE = "merge_heads_fix_questionnaire_asset_linkage";
    static final String REV_ID = "cef530e273d4";
    static final String FILE = "cef530e273d4_merge_heads_fix_questionnaire_asset_.py";

    @TempDir
    static Path temp;
    private Path project;
    private WindowHarness app;
    private MergeWizard wizard;
    private ProcessRunner processes;
    private MergeServices.AlembicLocator locator = MergeServices.AlembicLocator.none(
            "No working alembic was found (none in this test)");
    private final ObservableList<DatabaseStatus> databases = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) throws IOException {
        project = DemoCopy.into(Files.createTempDirectory(temp, "demo"));
        processes = new ProcessRunner();
        MergePlanner planner = new MergePlanner(Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC),
                () -> "ffff00000000");
        wizard = new MergeWizard(new MergeServices(planner, new MergeFileWriter(), () -> "d9bf6572f558",
                dir -> locator.locate(dir), processes, System.getenv(), Optional.empty()));
        DatabaseStates states = new DatabaseStates() {
            @Override
            public ObservableList<DatabaseStatus> statuses() {
                return databases;
            }

            @Override
            public void refresh() {
            }
        };
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"), new SameThreadTaskRunner(), wizard,
                states);
    }

    @AfterEach
    void stop() {
        processes.close();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> app.model.open(project));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MergeWizardModel model() {
        return wizard.current().orElseThrow();
    }

    private void useRealAlembic() {
        locator = dir -> new AlembicDiscovery(processes, AlembicDiscovery.Settings.defaults(System.getenv()))
                .discoverExplicit(AlembicAvailability.python(), dir);
    }

    /** Every text shown under a node: labels, buttons, fields. */
    private static String texts(FxRobot robot, String query) {
        StringBuilder out = new StringBuilder();
        collect(robot.lookup(query).query(), out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.append(l.getText()).append('\n');
        } else if (node instanceof TextInputControl t) {
            out.append(t.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Waits until the wizard is open and has the keyboard (a click is handled a little later than it returns). */
    private void waitForWizard() {
        waitFor(() -> wizard.current().isPresent() && focusInWizard());
    }

    private boolean focusInWizard() {
        Node focus = app.window.root().getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if ("mergeWizard".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Enter in the wizard and waits for the step it leads to. */
    private void enter(FxRobot robot, Step expected) {
        robot.type(KeyCode.ENTER);
        waitFor(() -> model().stepProperty().get() == expected);
    }

    /** Types the message and id as a user does (slow: one key at a time). */
    private void typeMessageAndId(FxRobot robot, String revisionId) {
        robot.clickOn("#mergeMessageField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(MESSAGE);
        robot.clickOn("#mergeRevIdField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(revisionId);
    }

    /** Fills the message and id fields at once, the keyboard staying in the id field. */
    private void chooseMessageAndId(FxRobot robot, String revisionId) {
        robot.interact(() -> {
            robot.lookup("#mergeMessageField").queryAs(TextInputControl.class).setText(MESSAGE);
            TextInputControl id = robot.lookup("#mergeRevIdField").queryAs(TextInputControl.class);
            id.setText(revisionId);
            id.requestFocus();
        });
    }

    private void toPreview(FxRobot robot) {
        robot.clickOn("#mergeHeadsButton");
        waitForWizard();
        enter(robot, Step.CHOOSE);
        chooseMessageAndId(robot, REV_ID);
        enter(robot, Step.PREVIEW);
    }

    @Test
    void mergesTheDemosHeadsFromTheBannerToOneHead(FxRobot robot) throws IOException {
        open(robot);
        robot.clickOn("#mergeHeadsButton");
        waitForWizard();
        assertThat(shown(robot, "#mergeWizard")).isTrue();
        assertThat(robot.lookup("#mergeStep-0").query().getStyleClass()).contains("merge-step-current");

        // explain: both heads, the branch point, what only each side has, coloured on the graph
        assertThat(texts(robot, "#mergeExplainHeads")).contains(HEAD_017, HEAD_MERGE);
        assertThat(texts(robot, "#mergeBranchPoint")).contains(BRANCH_POINT);
        assertThat(texts(robot, "#mergeUnique-0")).contains(HEAD_017).doesNotContain("3a9f1c2e7b10");
        assertThat(texts(robot, "#mergeUnique-1")).contains("3a9f1c2e7b10", "5b2d8e4a9c01", "7c4e1f3b2a95", HEAD_MERGE)
                .doesNotContain(HEAD_017);
        var graph = app.window.graphView();
        assertThat(graph.classesOf(HEAD_017)).contains("mergebranch1");
        assertThat(graph.classesOf("3a9f1c2e7b10")).contains("mergebranch2");
        assertThat(graph.classesOf(BRANCH_POINT)).contains("mergebase");
        assertThat(graph.classesOf("015_add_archived_flag")).doesNotContain("merge");

        // choose, by keyboard: Enter advances
        enter(robot, Step.CHOOSE);
        typeMessageAndId(robot, REV_ID);
        enter(robot, Step.PREVIEW);

        // preview: the exact file alembic would write
        assertThat(robot.lookup("#mergeFileName").queryAs(Label.class).getText()).isEqualTo(FILE);
        assertThat(wizard.previewText().orElseThrow())
                .contains("down_revision = ('" + HEAD_017 + "', '" + HEAD_MERGE + "')")
                .contains("Revision ID: " + REV_ID).startsWith("\"\"\"" + MESSAGE);
        assertThat(robot.lookup("#mergeNextButton").queryAs(Button.class).getText()).isEqualTo("Create merge revision");

        // create: written, reloaded, one head, the merge selected
        enter(robot, Step.DONE);
        Path written = DemoCopy.versions(project).resolve(FILE);
        assertThat(written).exists();
        assertThat(model().stateProperty().get()).isEqualTo(State.SUCCEEDED);
        assertThat(texts(robot, "#mergeResult")).contains("Created the merge revision " + REV_ID)
                .contains(written.toAbsolutePath().toString());
        assertThat(app.model.snapshot().orElseThrow().graph().heads()).containsExactly(REV_ID);
        assertThat(app.model.selectedProperty().get()).contains(REV_ID);
        assertThat(shown(robot, "#headsBanner")).isFalse();
        assertThat(texts(robot, "#mergeHeadsAfter")).contains("now has one head");
        assertThat(texts(robot, "#mergeUpgrade")).contains("No database connected").contains("upgrade head");
        assertThat(graph.classesOf("3a9f1c2e7b10")).doesNotContain("mergebranch");

        // Enter closes; the details come back
        robot.type(KeyCode.ENTER);
        waitFor(() -> wizard.current().isEmpty());
        assertThat(robot.lookup("#mergeWizard").tryQuery()).isEmpty();
        assertThat(robot.lookup("#detailsId").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(REV_ID);

        AlembicAvailability.assumeAlembic();
        var heads = AlembicAvailability.run(project, Map.of(), "-m", "alembic", "heads");
        assertThat(heads.exitCode()).as(heads.stderr()).isZero();
        assertThat(heads.stdout().strip()).isEqualTo(REV_ID + " (head)");
    }

    @Test
    void badInputIsExplainedUnderItsField(FxRobot robot) {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitForWizard();
        enter(robot, Step.CHOOSE);
        Button next = robot.lookup("#mergeNextButton").queryAs(Button.class);
        assertThat(shown(robot, "#mergeRevIdError")).isFalse();

        chooseMessageAndId(robot, "bad-id");
        assertThat(texts(robot, "#mergeRevIdError")).contains("Character(s) '-' not allowed in revision identifier 'bad-id'");
        assertThat(next.isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(model().stepProperty().get()).isEqualTo(Step.CHOOSE);

        chooseMessageAndId(robot, HEAD_MERGE);
        assertThat(texts(robot, "#mergeRevIdError")).contains("already exists");
        chooseMessageAndId(robot, "x".repeat(33));
        assertThat(texts(robot, "#mergeRevIdError")).contains("VARCHAR(32)");
        chooseMessageAndId(robot, REV_ID);
        assertThat(shown(robot, "#mergeRevIdError")).isFalse();
        assertThat(next.isDisabled()).isFalse();

        robot.clickOn("#mergeHeadCheck-1");
        assertThat(texts(robot, "#mergeHeadsError")).contains("at least two heads");
        assertThat(next.isDisabled()).isTrue();
        robot.clickOn("#mergeHeadCheck-1");
        assertThat(next.isDisabled()).isFalse();

        // keys in the sheet are the sheet's: arrows do not pan the graph
        var viewport = app.window.graphView().viewport();
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertThat(app.window.graphView().viewport()).isEqualTo(viewport);

        // Escape cancels: no file, no colours left on the graph
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> wizard.current().isEmpty());
        assertThat(robot.lookup("#mergeWizard").tryQuery()).isEmpty();
        assertThat(wizard.current()).isEmpty();
        assertThat(app.window.graphView().classesOf("3a9f1c2e7b10")).doesNotContain("mergebranch");
        assertThat(DemoCopy.versions(project).toFile().list()).hasSize(21);
    }

    @Test
    void anExistingFileIsNeverOverwritten(FxRobot robot) throws IOException {
        open(robot);
        toPreview(robot);
        Path target = DemoCopy.versions(project).resolve(FILE);
        Files.writeString(target, "# mine\n");
        robot.type(KeyCode.ENTER);
        waitFor(() -> model().stateProperty().get() == State.FAILED);
        assertThat(texts(robot, "#mergeCreateError")).contains("The file was not written")
                .contains("A file already exists at " + target.toAbsolutePath()).contains("never overwrites");
        assertThat(Files.readString(target)).isEqualTo("# mine\n");
        assertThat(model().stateProperty().get()).isEqualTo(State.FAILED);

        // previewing again, Retort refuses before writing
        robot.clickOn("#mergeBackButton");
        waitFor(() -> model().stepProperty().get() == Step.CHOOSE);
        robot.clickOn("#mergeNextButton");
        waitFor(() -> model().stepProperty().get() == Step.PREVIEW);
        assertThat(texts(robot, "#mergeFailure")).contains("Retort will not write this file").contains("already exists");
        assertThat(robot.lookup("#mergeNextButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(Files.readString(target)).isEqualTo("# mine\n");
    }

    @Test
    void anUnrenderableTemplateOffersAlembicAndSaysWhenThereIsNone(FxRobot robot) throws IOException {
        Path mako = project.resolve("migrations/script.py.mako");
        Files.writeString(mako, Files.readString(mako) + "<%def name=\"x()\">hi</%def>\n");
        open(robot);
        toPreview(robot);
        assertThat(texts(robot, "#mergeFailure")).contains("cannot render").contains("<%def>")
                .contains("alembic merge -m " + MESSAGE + " --rev-id " + REV_ID);
        assertThat(shown(robot, "#mergePreviewSource")).isFalse();
        assertThat(robot.lookup("#mergeNextButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#mergeUseAlembicButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(texts(robot, "#mergeAlembicStatus")).contains("No working alembic was found");
        assertThat(DemoCopy.versions(project).toFile().list()).hasSize(21);
    }

    @Test
    void theProjectsOwnAlembicWritesItWhenRetortCannot(FxRobot robot) throws IOException {
        AlembicAvailability.assumeAlembic();
        useRealAlembic();
        Path mako = project.resolve("migrations/script.py.mako");
        Files.writeString(mako, Files.readString(mako) + "<%def name=\"x()\">hi</%def>\n");
        open(robot);
        toPreview(robot);
        assertThat(texts(robot, "#mergeAlembicStatus")).contains("alembic 1.");
        assertThat(texts(robot, "#mergeAlembicCommand")).isEqualTo("alembic merge -m " + MESSAGE + " --rev-id "
                + REV_ID + " " + HEAD_017 + " " + HEAD_MERGE + "\n");
        robot.clickOn("#mergeUseAlembicButton");
        waitFor(() -> model().stateProperty().get() == State.SUCCEEDED);
        Path written = DemoCopy.versions(project).resolve(FILE);
        assertThat(written).exists();
        assertThat(texts(robot, "#mergeResult")).contains("with alembic");
        assertThat(texts(robot, "#mergeOutput")).contains("Generating " + written.toAbsolutePath()).contains("done");
        assertThat(app.model.snapshot().orElseThrow().graph().heads()).containsExactly(REV_ID);
        assertThat(app.model.selectedProperty().get()).contains(REV_ID);
        var heads = AlembicAvailability.run(project, Map.of(), "-m", "alembic", "heads");
        assertThat(heads.stdout().strip()).isEqualTo(REV_ID + " (head)");
    }

    @Test
    void twoSelectedHeadsOfferAMergeInTheGraphsMenu(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            app.model.select(HEAD_MERGE);
            app.model.selectAdditive(HEAD_017);
        });
        // the menu key (or Shift+F10, or a right click) on the graph
        robot.interact(() -> app.window.graphView().node().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        waitFor(() -> robot.lookup("Merge 2 Selected Heads…").tryQuery().isPresent());
        robot.clickOn("Merge 2 Selected Heads…");
        waitForWizard();
        assertThat(model().inputs().chosenHeadsProperty().get()).containsExactly(HEAD_017, HEAD_MERGE);
    }

    @Test
    void connectedDatabasesSayWhatTheyHaveAndHowToUpgrade(FxRobot robot) {
        open(robot);
        robot.interact(() -> databases.add(new DatabaseStatus(ConnectionProfile.sqlite("demo", project.resolve("demo.db")),
                Optional.empty(), Optional.of(VersionState.resolve(app.model.snapshot().orElseThrow().graph(),
                java.util.List.of(HEAD_MERGE))), false)));
        robot.clickOn("#mergeHeadsButton");
        waitForWizard();
        assertThat(texts(robot, "#mergeDatabases")).contains("demo (at " + HEAD_MERGE + ")")
                .contains("Lacks " + HEAD_017 + ": \"alembic upgrade head\" runs it after the merge.")
                .contains("Already has " + HEAD_MERGE + ", 7c4e1f3b2a95, 5b2d8e4a9c01 and 3a9f1c2e7b10.");
        enter(robot, Step.CHOOSE);
        chooseMessageAndId(robot, REV_ID);
        enter(robot, Step.PREVIEW);
        enter(robot, Step.DONE);
        assertThat(texts(robot, "#mergeUpgrade")).contains("Bring each database to the new head").contains("demo");
        String command = robot.lookup("#mergeCommandUpgrade-0").queryAs(TextInputControl.class).getText();
        assertThat(command).startsWith("cd ").endsWith("alembic -c " + project.resolve("alembic.ini").toAbsolutePath()
                + " upgrade head");
        robot.clickOn("#mergeCopyUpgrade-0");
        assertThat(robot.lookup("#mergeCopyUpgrade-0").queryAs(Button.class).getText()).isEqualTo("Copied");
    }
}
