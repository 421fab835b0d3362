package dev.retort.ui.merge;

import static dev.retort.ui.support.DemoCopy.BRANCH_POINT;
import static dev.retort.ui.support.DemoCopy.HEAD_017;
import static dev.retort.ui.support.DemoCopy.HEAD_MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.VersionState;
import dev.retort.merge.MergeFailure;
import dev.retort.merge.MergeFileWriter;
import dev.retort.merge.MergePlan;
import dev.retort.merge.MergePlanner;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.merge.MergeWizardModel.Route;
import dev.retort.ui.merge.MergeWizardModel.State;
import dev.retort.ui.merge.MergeWizardModel.Step;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.task.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's model without a window: steps, checks, and IDLE -> RUNNING -> SUCCEEDED | FAILED. */
class MergeWizardModelTest {
    static final String MESSAGE = "merge_heads_fix_questionnaire_asset_linkage";
    static final String FILE = "cef530e273d4_merge_heads_fix_questionnaire_asset_.py";

    @TempDir
    Path temp;
    private Path project;
    private ProcessRunner processes;
    private MergeServices services;
    private final ObservableList<DatabaseStatus> databases = FXCollections.observableArrayList();
    private final List<State> states = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        project = DemoCopy.into(temp.resolve("demo"));
        processes = new ProcessRunner();
        MergePlanner planner = new MergePlanner(Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC),
                () -> "ffff00000000");
        services = new MergeServices(planner, new MergeFileWriter(), () -> "d9bf6572f558",
                MergeServices.AlembicLocator.none("No working alembic was found (test)"), processes, System.getenv(),
                Optional.empty());
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    private MergeWizardModel open(List<String> preselected) {
        ProjectSnapshot snapshot = new ProjectOpener().open(project);
        MergeWizardModel model = new MergeWizardModel(snapshot, preselected, databases, new SameThreadTaskRunner(),
                services);
        model.stateProperty().addListener((o, a, b) -> states.add(b));
        model.start();
        return model;
    }

    private MergeWizardModel atPreview() {
        MergeWizardModel model = open(List.of());
        model.advance();
        model.inputs().messageProperty().set(MESSAGE);
        model.inputs().revisionIdProperty().set("cef530e273d4");
        model.advance();
        return model;
    }

    @Test
    void opensOnTheExplanationWithEveryRealHeadChosen() {
        MergeWizardModel model = open(List.of());
        assertThat(model.stepProperty().get()).isEqualTo(Step.EXPLAIN);
        assertThat(model.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(model.inputs().chosenHeadsProperty().get()).containsExactly(HEAD_017, HEAD_MERGE);
        MergeAnalysis analysis = model.analysisProperty().get();
        assertThat(analysis.branchPoints()).containsExactly(BRANCH_POINT);
        assertThat(analysis.branches().get(0).unique()).containsExactly(HEAD_017);
        assertThat(analysis.branches().get(1).unique()).containsExactly(HEAD_MERGE, "7c4e1f3b2a95", "5b2d8e4a9c01",
                "3a9f1c2e7b10");
        assertThat(analysis.nodeClasses().get(BRANCH_POINT)).containsExactly("mergebase");
        assertThat(analysis.nodeClasses().get("5b2d8e4a9c01")).containsExactly("mergebranch2");
        assertThat(model.inputs().messageProperty().get()).isEqualTo("merge heads " + HEAD_017 + " and " + HEAD_MERGE);
        assertThat(model.alembicProperty().get().found()).isFalse();
    }

    @Test
    void walksToTheFileAndWritesExactlyThePreview() throws IOException {
        MergeWizardModel model = atPreview();
        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        MergePlan plan = (MergePlan) model.planProperty().get();
        assertThat(plan.fileName()).isEqualTo(FILE);
        assertThat(plan.text()).contains("down_revision = ('" + HEAD_017 + "', '" + HEAD_MERGE + "')")
                .contains("Create Date: 2024-06-01 12:00:00").startsWith("\"\"\"" + MESSAGE);
        assertThat(model.canAdvanceBinding().get()).isTrue();

        model.advance();
        assertThat(states).containsExactly(State.RUNNING, State.SUCCEEDED);
        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        Path written = DemoCopy.versions(project).resolve(FILE);
        assertThat(model.outcomeProperty().get().file()).contains(written.toAbsolutePath());
        assertThat(model.outcomeProperty().get().route()).isEqualTo(Route.RETORT);
        assertThat(Files.readAllBytes(written)).isEqualTo(plan.bytes());

        // a finished wizard stays finished
        model.back();
        model.create();
        assertThat(model.stateProperty().get()).isEqualTo(State.SUCCEEDED);
        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(states).containsExactly(State.RUNNING, State.SUCCEEDED);
    }

    @Test
    void nothingIsCreatedBeforeThePreview() {
        MergeWizardModel model = open(List.of());
        model.create();
        model.createWithAlembic();
        assertThat(states).isEmpty();
        assertThat(DemoCopy.versions(project).toFile().list()).hasSize(21);
    }

    @Test
    void badInputBlocksTheChooseStepWithAReason() {
        MergeWizardModel model = open(List.of());
        model.advance();
        MergeInputs in = model.inputs();
        in.revisionIdProperty().set("bad-id");
        assertThat(in.revisionIdErrorProperty().get()).contains("Character(s) '-' not allowed in revision identifier");
        assertThat(model.canAdvanceBinding().get()).isFalse();
        model.advance();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        in.revisionIdProperty().set(HEAD_MERGE);
        assertThat(in.revisionIdErrorProperty().get()).contains("already exists");
        in.revisionIdProperty().set("a".repeat(33));
        assertThat(in.revisionIdErrorProperty().get()).contains("33 characters").contains("VARCHAR(32)");
        in.revisionIdProperty().set("a".repeat(32));
        assertThat(in.revisionIdErrorProperty().get()).isEmpty();
        in.revisionIdProperty().set("");
        assertThat(in.effectiveRevisionId()).isEqualTo("d9bf6572f558");
        in.branchLabelProperty().set("heads");
        assertThat(in.branchLabelErrorProperty().get()).contains("already means something");
        in.branchLabelProperty().set(BRANCH_POINT);
        assertThat(in.branchLabelErrorProperty().get()).contains("already a revision id");
        in.branchLabelProperty().set("questionnaires");
        assertThat(model.canAdvanceBinding().get()).isTrue();
        in.heads().get(0).chosenProperty().set(false);
        assertThat(in.headsErrorProperty().get()).isEqualTo("Choose at least two heads to merge");
        assertThat(model.analysisProperty().get()).isEqualTo(MergeAnalysis.EMPTY);
        assertThat(model.canAdvanceBinding().get()).isFalse();
        in.heads().get(0).chosenProperty().set(true);
        model.advance();
        assertThat(((MergePlan) model.planProperty().get()).text()).contains("branch_labels = ('questionnaires',)");
    }

    @Test
    void aFailedWriteCanBeRetried() throws IOException {
        MergeWizardModel model = atPreview();
        Path target = DemoCopy.versions(project).resolve(FILE);
        Files.writeString(target, "# someone else's file\n");
        model.advance();
        assertThat(states).containsExactly(State.RUNNING, State.FAILED);
        assertThat(model.outcomeProperty().get().message()).contains("already exists").contains("never overwrites");
        assertThat(Files.readString(target)).isEqualTo("# someone else's file\n");
        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);

        Files.delete(target);
        model.create();
        assertThat(states).containsExactly(State.RUNNING, State.FAILED, State.RUNNING, State.SUCCEEDED);
        assertThat(target).exists();
    }

    @Test
    void goingBackFromAFailureStartsOver() throws IOException {
        MergeWizardModel model = atPreview();
        Path target = DemoCopy.versions(project).resolve(FILE);
        Files.writeString(target, "# mine\n");
        model.advance();
        model.back();
        assertThat(states).containsExactly(State.RUNNING, State.FAILED, State.IDLE);
        assertThat(model.outcomeProperty().get()).isNull();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        model.advance();
        MergeFailure refused = (MergeFailure) model.planProperty().get();
        assertThat(refused.kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        assertThat(refused.message()).contains("A file already exists");
        assertThat(model.canAdvanceBinding().get()).isFalse();
    }

    @Test
    void anUnrenderableTemplateOffersAlembicOnlyWhenThereIsOne() throws IOException {
        Path mako = project.resolve("migrations/script.py.mako");
        Files.writeString(mako, Files.readString(mako) + "<%def name=\"x()\">hi</%def>\n");
        MergeWizardModel model = atPreview();
        MergeFailure failure = (MergeFailure) model.planProperty().get();
        assertThat(failure.kind()).isEqualTo(MergeFailure.Kind.UNSUPPORTED);
        assertThat(failure.message()).contains("<%def>").contains("alembic merge -m " + MESSAGE);
        assertThat(model.canAdvanceBinding().get()).isFalse();
        assertThat(model.canUseAlembicBinding().get()).isFalse();
        model.createWithAlembic();
        assertThat(states).isEmpty();
    }

    @Test
    void theAlembicRouteRunsTheProjectsAlembic() throws IOException {
        AlembicAvailability.assumeAlembic();
        services = services.withAlembic(dir -> new AlembicDiscovery(processes,
                AlembicDiscovery.Settings.defaults(System.getenv())).discoverExplicit(AlembicAvailability.python(), dir));
        MergeWizardModel model = atPreview();
        String retortText = ((MergePlan) model.planProperty().get()).text();
        assertThat(model.canUseAlembicBinding().get()).isTrue();
        assertThat(model.alembicCommand().orElseThrow().argv()).endsWith("merge", "-m", MESSAGE, "--rev-id",
                "cef530e273d4", HEAD_017, HEAD_MERGE);
        model.createWithAlembic();
        assertThat(states).containsExactly(State.RUNNING, State.SUCCEEDED);
        CreateOutcome outcome = model.outcomeProperty().get();
        assertThat(outcome.route()).isEqualTo(Route.ALEMBIC);
        Path written = DemoCopy.versions(project).resolve(FILE);
        assertThat(outcome.file()).contains(written.toAbsolutePath());
        assertThat(String.join("\n", outcome.output())).contains("Generating " + written.toAbsolutePath());
        // the same file Retort previewed, but for the moment it was made
        assertThat(withoutDate(Files.readString(written))).isEqualTo(withoutDate(retortText));
    }

    private static String withoutDate(String text) {
        return text.replaceAll("Create Date: .*", "Create Date: X");
    }

    @Test
    void connectedDatabasesTellWhichRevisionsTheyHave() {
        MergeWizardModel model = open(List.of());
        assertThat(model.coverageProperty().get()).isEmpty();
        var graph = model.snapshot().graph();
        databases.add(new DatabaseStatus(ConnectionProfile.sqlite("demo", project.resolve("demo.db")), Optional.empty(),
                Optional.of(VersionState.resolve(graph, List.of(HEAD_MERGE))), false));
        DatabaseCoverage demo = model.coverageProperty().get().get(0);
        assertThat(demo.name()).isEqualTo("demo");
        assertThat(demo.current()).containsExactly(HEAD_MERGE);
        assertThat(demo.has()).containsExactlyInAnyOrder(HEAD_MERGE, "7c4e1f3b2a95", "5b2d8e4a9c01", "3a9f1c2e7b10");
        assertThat(demo.lacks()).containsExactly(HEAD_017);
        assertThat(UpgradeOffer.commands(model)).hasSize(1);
        MergeCommands.Shown command = UpgradeOffer.commands(model).get(0);
        assertThat(command.database()).contains("demo");
        assertThat(command.command()).startsWith("cd " + project.toAbsolutePath()).endsWith("alembic -c "
                + project.resolve("alembic.ini").toAbsolutePath() + " upgrade head");
    }

    @Test
    void theUpgradeHookGetsTheNewHeadAndTheDatabases() {
        List<MergeServices.UpgradeRequest> asked = new ArrayList<>();
        services = services.withUpgrade(asked::add);
        MergeWizardModel model = atPreview();
        assertThat(UpgradeOffer.request(model)).isEmpty();
        databases.add(new DatabaseStatus(ConnectionProfile.sqlite("demo", project.resolve("demo.db")), Optional.empty(),
                Optional.of(VersionState.resolve(model.snapshot().graph(), List.of(HEAD_MERGE))), false));
        model.advance();
        model.upgradeHook().orElseThrow().upgrade(UpgradeOffer.request(model).orElseThrow());
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).target()).isEqualTo("cef530e273d4");
        assertThat(asked.get(0).configFile()).isEqualTo(project.resolve("alembic.ini").toAbsolutePath());
        assertThat(asked.get(0).databases()).extracting(d -> d.profile().name()).containsExactly("demo");
    }

    @Test
    void preselectedHeadsWinWhenTheyAreTwo() {
        MergeWizardModel model = open(List.of(HEAD_MERGE, HEAD_017));
        assertThat(model.inputs().chosenHeadsProperty().get()).containsExactly(HEAD_017, HEAD_MERGE);
        MergeWizardModel one = open(List.of(HEAD_MERGE));
        assertThat(one.inputs().chosenHeadsProperty().get()).containsExactly(HEAD_017, HEAD_MERGE);
    }

    @Test
    void aReloadWithOneHeadLeavesNothingToMerge() {
        MergeWizardModel model = open(List.of());
        MergeWizardModel writer = atPreview();
        writer.advance();
        model.projectChanged(new ProjectOpener().open(project));
        assertThat(model.headsNowProperty().get()).containsExactly("cef530e273d4");
        assertThat(model.inputs().heads()).hasSize(1);
        assertThat(model.inputs().headsErrorProperty().get()).isNotEmpty();
        assertThat(model.analysisProperty().get()).isEqualTo(MergeAnalysis.EMPTY);
    }
}
