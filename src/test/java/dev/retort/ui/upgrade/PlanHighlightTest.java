package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.DemoFixture.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.runner.RunState;
import dev.retort.testsupport.TestFiles;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.support.DemoFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanHighlightTest {
    @TempDir
    static Path dir;
    static WizardPlan plan;

    @BeforeAll
    static void demo() throws Exception {
        Path demo = TestFiles.copyDemo(dir.resolve("demo"));
        DemoFixture.mergeHeads(demo);
        RevisionGraph merged = new ProjectOpener().open(demo).graph();
        plan = WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "heads");
    }

    @Test
    void theStepsAreNumberedInOrderAndTheDatabaseIsCurrent() {
        PlanHighlight h = PlanHighlight.of(plan, Optional.empty(), Optional.empty(), List.of(R1687));
        assertThat(h.badges()).containsEntry(R017, "①").containsEntry(MERGE, "②");
        assertThat(h.stepClasses().get(R017)).containsExactly("planstep");
        assertThat(h.databaseClasses().get(R1687)).containsExactly("current");
        assertThat(h.focus()).containsExactlyInAnyOrder(R017, MERGE, R1687);
    }

    @Test
    void theRunningStepIsLitAndTheOnesBeforeAreDone() {
        var running = VerificationTest.progress(plan, 2, VerificationTest.succeeded());
        // a snapshot before the end: step 2 announced, nothing final yet
        var midway = new dev.retort.runner.UpgradeProgress.Progress(2, 2, Optional.of(plan.steps().get(1)), 2,
                running.snapshot().lastLine(), List.of(), List.of(), List.of(), Optional.empty());
        PlanHighlight h = PlanHighlight.of(plan, Optional.of(midway), Optional.empty(), List.of(R1687));
        assertThat(h.stepClasses().get(R017)).contains("plandone");
        assertThat(h.stepClasses().get(MERGE)).contains("planrunning");
        PlanHighlight failed = PlanHighlight.of(plan, Optional.of(midway), Optional.of(RunState.FAILED),
                List.of(R1687, R017));
        assertThat(failed.stepClasses().get(MERGE)).contains("planfailed");
        PlanHighlight done = PlanHighlight.of(plan, Optional.of(running.snapshot()), Optional.of(RunState.SUCCEEDED),
                List.of(MERGE));
        assertThat(done.stepClasses().values()).allMatch(c -> c.contains("plandone"));
    }

    @Test
    void badgesRunOutOfCircledDigitsGracefully() {
        assertThat(PlanHighlight.badge(1)).isEqualTo("①");
        assertThat(PlanHighlight.badge(20)).isEqualTo("⑳");
        assertThat(PlanHighlight.badge(21)).isEqualTo("(21)");
    }
}
