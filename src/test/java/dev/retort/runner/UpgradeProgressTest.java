package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** "Running upgrade" lines against the plan of the incident: DB at 1687c833bfcc, upgrade head. */
class UpgradeProgressTest {
    private static final String R016 = "016_add_security_constraints";
    private static final String R017 = "017_add_asset_id_to_questionnaire_responses";
    private static final String R1687 = "1687c833bfcc";
    private static final String MERGE = "cef530e273d4";

    private static final RevisionGraph GRAPH = RevisionGraph.build(List.of(
            Revision.of("015_add_questionnaires", List.of()).withLongDoc("add questionnaires"),
            Revision.of(R016, List.of("015_add_questionnaires")).withLongDoc("add security constraints"),
            Revision.of("a1b2c3d4e5f6", List.of(R016)).withLongDoc("add audit log"),
            Revision.of("b2c3d4e5f6a7", List.of(R016)).withLongDoc("add audit index"),
            Revision.of(R1687, List.of("a1b2c3d4e5f6", "b2c3d4e5f6a7")).withLongDoc("merge audit branches"),
            Revision.of(R017, List.of(R016)).withLongDoc("add asset id to questionnaire responses"),
            Revision.of(MERGE, List.of(R017, R1687)).withLongDoc("merge_heads_fix_questionnaire_asset_linkage")));

    private static final MigrationPlan PLAN = new MigrationPlanner(GRAPH).upgrade(List.of(R1687), "head");

    private static long seq;

    private static OutputLine log(String message) {
        return new OutputLine(seq++, StreamKind.STDERR, "INFO  [alembic.runtime.migration] " + message, LineLevel.INFO,
                Optional.of("alembic.runtime.migration"), message, Duration.ZERO);
    }

    private static OutputLine out(String text) {
        return new OutputLine(seq++, StreamKind.STDOUT, text, LineLevel.OUTPUT, Optional.empty(), text, Duration.ZERO);
    }

    private static RunResult result(RunState state) {
        return new RunResult(state, OptionalInt.of(state == RunState.SUCCEEDED ? 0 : 1), Duration.ZERO,
                state == RunState.FAILED ? Optional.of(new RunFailure(RunFailure.Kind.EXIT_CODE, "x", List.of()))
                        : Optional.empty(), 0, List.of());
    }

    @Test
    void theIncidentPlanIs017ThenTheMerge() {
        assertThat(PLAN.steps()).extracting(s -> s.logLine()).containsExactly(
                "Running upgrade 016_add_security_constraints -> 017_add_asset_id_to_questionnaire_responses, "
                        + "add asset id to questionnaire responses",
                "Running upgrade 017_add_asset_id_to_questionnaire_responses, 1687c833bfcc -> cef530e273d4, "
                        + "merge_heads_fix_questionnaire_asset_linkage");
    }

    @Test
    void stepsAreCountedAsAlembicAnnouncesThem() {
        UpgradeProgress progress = new UpgradeProgress(PLAN);
        List<String> labels = new ArrayList<>();
        progress.addListener(p -> labels.add(p.label()));
        assertThat(progress.snapshot().label()).isEqualTo("[0/2] waiting for alembic");
        progress.lineRead(log("Context impl PostgresqlImpl."));
        progress.lineRead(log(PLAN.steps().get(0).logLine()));
        UpgradeProgress.Progress first = progress.snapshot();
        assertThat(first.runningNumber()).isEqualTo(1);
        assertThat(first.running()).hasValue(PLAN.steps().get(0));
        assertThat(first.started()).isEqualTo(1);
        progress.lineRead(log(PLAN.steps().get(1).logLine()));
        progress.finished(result(RunState.SUCCEEDED));

        UpgradeProgress.Progress done = progress.snapshot();
        assertThat(done.total()).isEqualTo(2);
        assertThat(done.started()).isEqualTo(2);
        assertThat(done.running().orElseThrow().revision()).isEqualTo(MERGE);
        assertThat(done.disagrees()).isFalse();
        assertThat(done.finalState()).hasValue(RunState.SUCCEEDED);
        assertThat(labels).containsExactly(
                "[1/2] " + PLAN.steps().get(0).logLine(),
                "[2/2] " + PLAN.steps().get(1).logLine(),
                "[2/2] " + PLAN.steps().get(1).logLine());
    }

    @Test
    void aStepThePlanDidNotPredictIsSurfaced() {
        UpgradeProgress progress = new UpgradeProgress(PLAN);
        progress.lineRead(log("Running upgrade 016_add_security_constraints -> a1b2c3d4e5f6, add audit log"));
        UpgradeProgress.Progress p = progress.snapshot();
        assertThat(p.unexpected()).extracting(MigrationLogLine::revision).containsExactly("a1b2c3d4e5f6");
        assertThat(p.running()).isEmpty();
        assertThat(p.label()).isEqualTo("[?/2] Running upgrade 016_add_security_constraints -> a1b2c3d4e5f6, add "
                + "audit log  (not in Retort's plan: Retort and alembic disagree)");
        assertThat(p.disagreements()).containsExactly("alembic ran a step Retort did not plan: Running upgrade "
                + "016_add_security_constraints -> a1b2c3d4e5f6, add audit log");
    }

    @Test
    void outOfOrderStepsAndPlannedStepsNotRun() {
        UpgradeProgress progress = new UpgradeProgress(PLAN);
        progress.lineRead(log(PLAN.steps().get(1).logLine()));
        progress.finished(result(RunState.SUCCEEDED));
        UpgradeProgress.Progress p = progress.snapshot();
        assertThat(p.outOfOrder()).hasSize(1);
        assertThat(p.runningNumber()).isEqualTo(2);
        assertThat(p.notRun()).containsExactly(PLAN.steps().get(0));
        assertThat(p.disagrees()).isTrue();
    }

    @Test
    void aFailedRunDoesNotReportUnrunStepsAsDisagreement() {
        UpgradeProgress progress = new UpgradeProgress(PLAN);
        progress.lineRead(log(PLAN.steps().get(0).logLine()));
        progress.finished(result(RunState.FAILED));
        assertThat(progress.snapshot().notRun()).isEmpty();
        assertThat(progress.snapshot().runningNumber()).isEqualTo(1);
    }

    @Test
    void aDocRetortReadDifferentlyStillMatchesByRevision() {
        UpgradeProgress progress = new UpgradeProgress(PLAN);
        progress.lineRead(log("Running upgrade 016_add_security_constraints -> "
                + "017_add_asset_id_to_questionnaire_responses, Add asset id (edited)"));
        assertThat(progress.snapshot().runningNumber()).isEqualTo(1);
        assertThat(progress.snapshot().disagrees()).isFalse();
    }

    @Test
    void sqlCommentsAreFollowedInSqlMode() {
        UpgradeProgress progress = new UpgradeProgress(PLAN, UpgradeProgress.Source.SQL_COMMENTS);
        progress.lineRead(log(PLAN.steps().get(0).logLine()));
        assertThat(progress.snapshot().started()).as("log lines are ignored in SQL mode").isZero();
        progress.lineRead(out("-- Running upgrade 016_add_security_constraints -> "
                + "017_add_asset_id_to_questionnaire_responses"));
        progress.lineRead(out("ALTER TABLE questionnaire_responses ADD COLUMN asset_id INTEGER;"));
        progress.lineRead(out("-- Running upgrade 017_add_asset_id_to_questionnaire_responses, 1687c833bfcc -> "
                + "cef530e273d4"));
        assertThat(progress.snapshot().started()).isEqualTo(2);
        assertThat(progress.snapshot().disagrees()).isFalse();
    }

    @Test
    void downgradesMatchTheirSourceRevision() {
        MigrationPlan down = new MigrationPlanner(GRAPH).downgrade(List.of(MERGE), R1687);
        assertThat(down.steps()).isNotEmpty();
        UpgradeProgress progress = new UpgradeProgress(down);
        for (var step : down.steps()) {
            progress.lineRead(log(step.logLine()));
        }
        progress.finished(result(RunState.SUCCEEDED));
        assertThat(progress.snapshot().started()).isEqualTo(down.steps().size());
        assertThat(progress.snapshot().disagrees()).isFalse();
    }

    @Test
    void withoutAPlanStepsAreOnlyCounted() {
        UpgradeProgress progress = UpgradeProgress.unplanned(UpgradeProgress.Source.LOG);
        progress.lineRead(log("Running stamp_revision 1687c833bfcc -> cef530e273d4"));
        assertThat(progress.snapshot().label()).isEqualTo("[1] Running stamp_revision 1687c833bfcc -> cef530e273d4");
        assertThat(progress.snapshot().disagrees()).isFalse();
    }

    @Test
    void migrationLogLines() {
        MigrationLogLine base = MigrationLogLine.parse("Running upgrade  -> 1a2b3c4d5e6f, create users").orElseThrow();
        assertThat(base.from()).isEmpty();
        assertThat(base.revision()).isEqualTo("1a2b3c4d5e6f");
        MigrationLogLine merge = MigrationLogLine.parse("Running upgrade 4d5e, 3c4d -> 5e6f, merge, with comma")
                .orElseThrow();
        assertThat(merge.from()).containsExactly("4d5e", "3c4d");
        assertThat(merge.revision()).isEqualTo("5e6f");
        MigrationLogLine down = MigrationLogLine.parse("Running downgrade 5e6f -> 4d5e, 3c4d, merge feature branches")
                .orElseThrow();
        assertThat(down.kind()).isEqualTo(MigrationLogLine.Kind.DOWNGRADE);
        assertThat(down.revision()).isEqualTo("5e6f");
        assertThat(MigrationLogLine.parse("Running upgrade a -> b").orElseThrow().revision()).isEqualTo("b");
        assertThat(MigrationLogLine.parse("Running stamp_revision  -> b").orElseThrow().revision()).isEqualTo("b");
        assertThat(MigrationLogLine.parseSqlComment("-- Running downgrade 001 ->").orElseThrow().revision())
                .isEqualTo("001");
        assertThat(MigrationLogLine.parse("Context impl SQLiteImpl.")).isEmpty();
        assertThat(MigrationLogLine.parse("Running upgrade without arrow")).isEmpty();
    }
}
