package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R016;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.DemoFixture.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.testsupport.TestFiles;
import dev.retort.ui.support.DemoFixture;
import dev.retort.ui.project.ProjectOpener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans on the demo, before and after merging its two heads; refusals in alembic's words. */
class WizardPlannerTest {
    @TempDir
    static Path dir;
    static RevisionGraph twoHeads;
    static RevisionGraph merged;

    @BeforeAll
    static void demo() throws Exception {
        twoHeads = new ProjectOpener().open(TestFiles.copyDemo(dir.resolve("two"))).graph();
        Path demo = TestFiles.copyDemo(dir.resolve("merged"));
        DemoFixture.mergeHeads(demo);
        merged = new ProjectOpener().open(demo).graph();
    }

    private static List<String> revisions(WizardPlan plan) {
        return plan.steps().stream().map(MigrationStep::revision).toList();
    }

    @Test
    void theIncidentUpgradeRuns017ThenTheMerge() {
        WizardPlan plan = WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "heads");
        assertThat(plan.error()).isEmpty();
        assertThat(revisions(plan)).containsExactly(R017, MERGE);
        assertThat(plan.steps().get(0).rowsAfter()).containsExactlyInAnyOrder(R1687, R017);
        assertThat(plan.steps().get(1).rowsAfter()).containsExactly(MERGE);
        assertThat(plan.steps().get(0).logLine()).isEqualTo("Running upgrade " + R016 + " -> " + R017
                + ", add asset id to questionnaire responses");
        assertThat(plan.expectedRows()).containsExactly(MERGE);
        assertThat(plan.hasWork()).isTrue();
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "head").steps())
                .isEqualTo(plan.steps());
    }

    @Test
    void headWithTwoHeadsFailsAsAlembicDoes() {
        WizardPlan plan = WizardPlanner.plan(twoHeads, UpgradeOperation.UPGRADE, List.of(R1687), "head");
        assertThat(plan.error()).contains("Multiple head revisions are present for given argument 'head'; please "
                + "specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
                + "for all heads");
        assertThat(plan.hasWork()).isFalse();
        assertThat(revisions(WizardPlanner.plan(twoHeads, UpgradeOperation.UPGRADE, List.of(R1687), "heads")))
                .containsExactly(R017);
    }

    @Test
    void unknownAndMalformedTargetsAreRefused() {
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "nope").error())
                .contains("Can't locate revision identified by 'nope'");
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "  ").error().orElseThrow())
                .startsWith("Enter a target");
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "--sql").error().orElseThrow())
                .contains("not a revision argument");
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(MERGE), "-1").error())
                .contains("Relative revision -1 didn't produce 1 migrations");
    }

    @Test
    void relativeTargetsAndPrefixesPlan() {
        WizardPlan plusOne = WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R017), "+1");
        assertThat(plusOne.error()).isEmpty();
        assertThat(revisions(plusOne)).endsWith(MERGE);
        assertThat(revisions(WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "cef5")))
                .containsExactly(R017, MERGE);
    }

    @Test
    void nothingToDoIsANoteNotAnError() {
        WizardPlan plan = WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(MERGE), "heads");
        assertThat(plan.error()).isEmpty();
        assertThat(plan.hasWork()).isFalse();
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Nothing to run"));
    }

    @Test
    void downgradeBelowTheMergeUnmergesTheHeads() {
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.DOWNGRADE, List.of(MERGE), "-1").error())
                .as("-1 from a merge has two ways down").contains("Ambiguous walk");
        WizardPlan plan = WizardPlanner.plan(merged, UpgradeOperation.DOWNGRADE, List.of(MERGE), R017);
        assertThat(plan.error()).isEmpty();
        assertThat(revisions(plan)).containsExactly(MERGE);
        assertThat(plan.expectedRows()).containsExactlyInAnyOrder(R017, R1687);
        assertThat(WizardPlanner.plan(merged, UpgradeOperation.DOWNGRADE, List.of(R1687), R017).error())
                .contains("Destination " + R017 + " is not a valid downgrade target from current head(s)");
    }

    @Test
    void stampNamesItsTargetsAndRefusesAnAmbiguousHead() {
        WizardPlan heads = WizardPlanner.plan(twoHeads, UpgradeOperation.STAMP, List.of(R1687), "heads");
        assertThat(heads.error()).isEmpty();
        assertThat(heads.stampTargets()).containsExactlyInAnyOrder(R017, R1687);
        assertThat(heads.hasWork()).isTrue();
        assertThat(heads.notes().get(0)).startsWith("Stamp runs no migration");
        assertThat(WizardPlanner.plan(twoHeads, UpgradeOperation.STAMP, List.of(R1687), "head").error())
                .contains(WizardPlanner.STAMP_MULTIPLE_HEADS);
    }
}
