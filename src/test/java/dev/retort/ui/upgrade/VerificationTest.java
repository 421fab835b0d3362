package dev.retort.ui.upgrade;

import static dev.retort.ui.support.DemoFixture.MERGE;
import static dev.retort.ui.support.DemoFixture.R017;
import static dev.retort.ui.support.DemoFixture.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.runner.LineLevel;
import dev.retort.runner.OutputLine;
import dev.retort.runner.RunFailure;
import dev.retort.runner.RunResult;
import dev.retort.runner.RunState;
import dev.retort.runner.StreamKind;
import dev.retort.runner.UpgradeProgress;
import dev.retort.testsupport.TestFiles;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.support.DemoFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runbook's checks from a run's outcome and the re-read database. */
class VerificationTest {
    @TempDir
    static Path dir;
    static RevisionGraph merged;
    static WizardPlan plan;

    @BeforeAll
    static void demo() throws Exception {
        Path demo = TestFiles.copyDemo(dir.resolve("demo"));
        DemoFixture.mergeHeads(demo);
        merged = new ProjectOpener().open(demo).graph();
        plan = WizardPlanner.plan(merged, UpgradeOperation.UPGRADE, List.of(R1687), "heads");
    }

    static UpgradeProgress progress(WizardPlan plan, int stepsAnnounced, RunResult result) {
        UpgradeProgress progress = new UpgradeProgress(plan.plan().orElseThrow());
        List<MigrationStep> steps = plan.steps();
        for (int i = 0; i < stepsAnnounced; i++) {
            String message = steps.get(i).logLine();
            progress.lineRead(new OutputLine(i, StreamKind.STDERR, "INFO  [alembic.runtime.migration] " + message,
                    LineLevel.INFO, Optional.of("alembic.runtime.migration"), message, Duration.ZERO));
        }
        progress.finished(result);
        return progress;
    }

    static RunResult succeeded() {
        return new RunResult(RunState.SUCCEEDED, OptionalInt.of(0), Duration.ofMillis(420), Optional.empty(), 0,
                List.of());
    }

    static RunResult failed(String summary) {
        return new RunResult(RunState.FAILED, OptionalInt.of(1), Duration.ofMillis(900), Optional.of(new RunFailure(
                RunFailure.Kind.TRACEBACK, summary, List.of())), 0, List.of());
    }

    @Test
    void aCleanUpgradePassesEveryCheckWithItsEvidence() {
        RunResult result = succeeded();
        Verification.Report report = Verification.verify(merged, plan, result, progress(plan, 2, result).snapshot(),
                Optional.of(List.of(MERGE)), "");
        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).extracting(VerifyCheck::id)
                .containsExactly("exit", "steps", "database", "plan", "oneHead", "atHead", "merge");
        assertThat(report.checks()).allMatch(c -> c.status() == VerifyCheck.Status.PASS);
        assertThat(report.check("exit").orElseThrow().evidence()).isEqualTo("exit code 0 after 0.4 s");
        assertThat(report.check("steps").orElseThrow().evidence()).isEqualTo("2 of 2 steps, in the planned order");
        assertThat(report.check("oneHead").orElseThrow().evidence()).isEqualTo("1 head: " + MERGE);
        assertThat(report.check("atHead").orElseThrow().evidence()).isEqualTo("current = " + MERGE + " = heads");
        assertThat(report.check("merge").orElseThrow().evidence()).isEqualTo(MERGE + " (merges " + R017 + ", " + R1687
                + ") is in the database's history");
        assertThat(report.headline()).isEqualTo("Upgrade finished: the database is at " + MERGE + ".");
    }

    @Test
    void aFailedMigrationShowsAlembicsErrorAndWhereTheDatabaseStopped() {
        RunResult result = failed("RuntimeError: boom");
        Verification.Report report = Verification.verify(merged, plan, result, progress(plan, 2, result).snapshot(),
                Optional.of(List.of(R1687, R017)), "");
        assertThat(report.passed()).isFalse();
        assertThat(report.headline()).isEqualTo("alembic failed: RuntimeError: boom — the database is at " + R1687
                + ", " + R017 + ".");
        assertThat(report.check("exit").orElseThrow().status()).isEqualTo(VerifyCheck.Status.FAIL);
        assertThat(report.check("exit").orElseThrow().evidence()).isEqualTo("RuntimeError: boom (exit code 1 after "
                + "0.9 s)");
        assertThat(report.check("steps").orElseThrow().evidence()).startsWith("2 of 2 started; alembic stopped during "
                + "[2/2] Running upgrade " + R017 + ", " + R1687 + " -> " + MERGE);
        assertThat(report.check("plan").orElseThrow().evidence()).isEqualTo("at " + R1687 + ", " + R017
                + " (the plan started at " + R1687 + " and would have ended at " + MERGE + ")");
        assertThat(report.check("atHead").orElseThrow().status()).isEqualTo(VerifyCheck.Status.FAIL);
        assertThat(report.check("merge").orElseThrow().status()).isEqualTo(VerifyCheck.Status.FAIL);
    }

    @Test
    void anUnreadableDatabaseIsAFailedCheckNotAGuess() {
        RunResult result = succeeded();
        Verification.Report report = Verification.verify(merged, plan, result, progress(plan, 2, result).snapshot(),
                Optional.empty(), "connection refused");
        assertThat(report.check("database").orElseThrow().evidence())
                .isEqualTo("could not re-read the version table: connection refused");
        assertThat(report.check("atHead")).isEmpty();
        assertThat(report.headline()).isEqualTo("Upgrade finished: the database could not be re-read.");
    }

    @Test
    void aStepAlembicDidNotAnnounceIsADisagreement() {
        RunResult result = succeeded();
        Verification.Report report = Verification.verify(merged, plan, result, progress(plan, 1, result).snapshot(),
                Optional.of(List.of(MERGE)), "");
        assertThat(report.check("steps").orElseThrow().status()).isEqualTo(VerifyCheck.Status.FAIL);
        assertThat(report.check("steps").orElseThrow().evidence()).startsWith("alembic did not run a planned step: "
                + "Running upgrade " + R017);
    }
}
