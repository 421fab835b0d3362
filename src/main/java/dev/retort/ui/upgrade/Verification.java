package dev.retort.ui.upgrade;

import dev.retort.db.VersionState;
import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.runner.RunFailure;
import dev.retort.runner.RunResult;
import dev.retort.runner.RunState;
import dev.retort.runner.UpgradeProgress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Verify step's checks, as the incident runbook made them after {@code alembic upgrade head}:
 * alembic finished, the steps ran as planned, the database (re-read) is where the plan said, one
 * head in the scripts, the database at head, and the history shows the merge. Pure: it only looks
 * at what it is given.
 */
public final class Verification {
    private Verification() {
    }

    /**
     * What the Verify step shows.
     *
     * @param headline one line: done, or alembic's error
     * @param checks the checks in order
     * @param rowsNow the version table as re-read; empty when it could not be read
     */
    public record Report(String headline, List<VerifyCheck> checks, Optional<List<String>> rowsNow) {
        public Report {
            checks = List.copyOf(checks);
        }

        /** True when no check failed. */
        public boolean passed() {
            return checks.stream().noneMatch(c -> c.status() == VerifyCheck.Status.FAIL);
        }

        public Optional<VerifyCheck> check(String id) {
            return checks.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    /**
     * @param graph the scripts as they are now
     * @param plan what was run
     * @param result how alembic ended
     * @param progress alembic's "Running ..." lines against the plan
     * @param rowsNow the version table re-read after the run; empty when it could not be read
     * @param readProblem why it could not be read (when {@code rowsNow} is empty)
     */
    public static Report verify(RevisionGraph graph, WizardPlan plan, RunResult result, UpgradeProgress.Progress progress,
            Optional<List<String>> rowsNow, String readProblem) {
        List<VerifyCheck> checks = new ArrayList<>();
        checks.add(exit(result));
        if (plan.operation() != UpgradeOperation.STAMP && plan.plan().isPresent()) {
            checks.add(steps(plan, result, progress));
        }
        if (rowsNow.isEmpty()) {
            checks.add(VerifyCheck.fail("database", "Database re-read", "could not re-read the version table: "
                    + readProblem));
        } else {
            List<String> rows = rowsNow.get();
            checks.add(VerifyCheck.pass("database", "Database re-read", "version table: " + rowsText(rows)));
            checks.add(matchesPlan(plan, result, rows));
        }
        checks.add(oneHead(graph, plan.operation()));
        rowsNow.ifPresent(rows -> checks.add(atHead(graph, plan, rows)));
        rowsNow.ifPresent(rows -> merges(graph, plan).forEach(m -> checks.add(merge(graph, m, rows))));
        return new Report(headline(plan, result, rowsNow), checks, rowsNow);
    }

    private static VerifyCheck exit(RunResult result) {
        String after = " after " + seconds(result);
        return switch (result.state()) {
            case SUCCEEDED -> VerifyCheck.pass("exit", "alembic finished", "exit code 0" + after);
            case CANCELLED -> VerifyCheck.fail("exit", "alembic was stopped", "cancelled" + after + (result.survivors()
                    .isEmpty() ? "; its whole process tree ended" : "; processes still alive: " + result.survivors()));
            default -> {
                RunFailure failure = result.failure().orElseThrow();
                yield VerifyCheck.fail("exit", "alembic failed", failure.summary() + " (" + result.exitCode()
                        .stream().mapToObj(c -> "exit code " + c).findFirst().orElse(failure.kind().name()
                                .toLowerCase(Locale.ROOT).replace('_', ' ')) + after + ")");
            }
        };
    }

    private static VerifyCheck steps(WizardPlan plan, RunResult result, UpgradeProgress.Progress progress) {
        int total = plan.steps().size();
        if (progress.disagrees()) {
            return VerifyCheck.fail("steps", "Steps ran as planned", String.join("; ", progress.disagreements()));
        }
        if (result.succeeded()) {
            return VerifyCheck.pass("steps", "Steps ran as planned", total == 0 ? "no steps, as planned"
                    : total + " of " + total + " step" + (total == 1 ? "" : "s") + ", in the planned order");
        }
        String where = progress.running().isPresent() || progress.lastLine().isPresent()
                ? "; alembic stopped during " + progress.label() : "; alembic stopped before the first step";
        return VerifyCheck.info("steps", "Steps started", progress.started() + " of " + total + " started" + where);
    }

    private static VerifyCheck matchesPlan(WizardPlan plan, RunResult result, List<String> rows) {
        Set<String> now = new LinkedHashSet<>(rows);
        if (plan.operation() == UpgradeOperation.STAMP) {
            boolean all = now.containsAll(plan.stampTargets());
            String evidence = "stamped " + rowsText(plan.stampTargets()) + "; version table: " + rowsText(rows);
            return all && result.succeeded() ? VerifyCheck.pass("plan", "Database stamped", evidence)
                    : VerifyCheck.fail("plan", "Database stamped", evidence);
        }
        Set<String> expected = new LinkedHashSet<>(plan.expectedRows());
        if (result.succeeded()) {
            return now.equals(expected)
                    ? VerifyCheck.pass("plan", "Database where the plan said", rowsText(rows) + ", as planned")
                    : VerifyCheck.fail("plan", "Database where the plan said", "planned " + rowsText(List.copyOf(expected))
                            + ", found " + rowsText(rows));
        }
        String evidence = now.equals(new LinkedHashSet<>(plan.rows()))
                ? "unchanged: still at " + rowsText(rows) + " (the plan started there)"
                : "at " + rowsText(rows) + " (the plan started at " + rowsText(plan.rows()) + " and would have ended at "
                        + rowsText(List.copyOf(expected)) + ")";
        return VerifyCheck.fail("plan", "Where alembic left the database", evidence);
    }

    private static VerifyCheck oneHead(RevisionGraph graph, UpgradeOperation operation) {
        List<String> heads = graph.heads();
        if (heads.size() == 1) {
            return VerifyCheck.pass("oneHead", "One head in the scripts", "1 head: " + heads.get(0));
        }
        String evidence = heads.size() + " heads: " + String.join(", ", heads)
                + (heads.size() > 1 ? "; `alembic upgrade head` fails with \"Multiple head revisions are present\" "
                        + "until they are merged" : "");
        return operation == UpgradeOperation.UPGRADE ? VerifyCheck.fail("oneHead", "One head in the scripts", evidence)
                : VerifyCheck.info("oneHead", "Heads in the scripts", evidence);
    }

    private static VerifyCheck atHead(RevisionGraph graph, WizardPlan plan, List<String> rows) {
        VersionState state = VersionState.resolve(graph, rows);
        String heads = String.join(", ", graph.heads());
        if (state.atHeads()) {
            return VerifyCheck.pass("atHead", "Database at head", "current = " + rowsText(state.current())
                    + " = heads");
        }
        String evidence = "current = " + rowsText(state.current()) + ", heads = " + heads
                + (state.upgradePlanned() ? "; " + state.pending().size() + " pending: " + String.join(", ",
                        state.pending()) : "; " + state.summary());
        boolean wantedHeads = plan.operation() == UpgradeOperation.UPGRADE
                && (plan.target().equals("heads") || plan.target().equals("head"));
        return wantedHeads ? VerifyCheck.fail("atHead", "Database at head", evidence)
                : VerifyCheck.info("atHead", "Database at head", evidence + " (the target was " + plan.target() + ")");
    }

    private static List<String> merges(RevisionGraph graph, WizardPlan plan) {
        if (plan.operation() != UpgradeOperation.UPGRADE) {
            return List.of();
        }
        return plan.steps().stream().map(MigrationStep::revision).filter(graph::isMergePoint).toList();
    }

    private static VerifyCheck merge(RevisionGraph graph, String merge, List<String> rows) {
        boolean inHistory = rows.contains(merge) || rows.stream().filter(graph::contains)
                .anyMatch(r -> graph.ancestors(r, true).contains(merge));
        String what = merge + " (merges " + String.join(", ", graph.parents(merge)) + ")";
        return inHistory ? VerifyCheck.pass("merge", "History shows the merge", what + " is in the database's history")
                : VerifyCheck.fail("merge", "History shows the merge", what + " is not in the database's history "
                        + "(version table: " + rowsText(rows) + ")");
    }

    private static String headline(WizardPlan plan, RunResult result, Optional<List<String>> rowsNow) {
        String at = rowsNow.map(r -> "the database is at " + rowsText(r)).orElse("the database could not be re-read");
        if (result.state() == RunState.SUCCEEDED) {
            return plan.operation().label() + " finished: " + at + ".";
        }
        if (result.state() == RunState.CANCELLED) {
            return "Stopped: " + at + ".";
        }
        return "alembic failed: " + result.failure().map(RunFailure::summary).orElse("") + " — " + at + ".";
    }

    static String rowsText(List<String> rows) {
        return rows.isEmpty() ? "(empty)" : String.join(", ", rows);
    }

    private static String seconds(RunResult result) {
        return String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
    }
}
