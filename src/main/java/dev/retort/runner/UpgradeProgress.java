package dev.retort.runner;

import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows a run's "Running upgrade A -> B, doc" lines against the {@link MigrationPlan} Retort
 * computed, to say "step k of n" and which revision is running, and to surface disagreement:
 * a step alembic ran that the plan did not predict, steps run out of the planned order, planned
 * steps not run by a run that succeeded. Any of these means Retort and alembic see the project
 * differently; the plan must then not be trusted.
 *
 * <p>Lines are matched to the next planned step by their exact text ({@link MigrationStep#logLine()}),
 * then to any later unmatched step by text, then by revision (a doc Retort read differently).
 * Attach it to a run with {@link AlembicRun#addListener}. It reads alembic's log lines (stderr),
 * so it sees nothing when env.py configures no logging; {@link Source#SQL_COMMENTS} follows the
 * {@code -- Running ...} comments of {@code --sql} output instead. Thread-safe.
 */
public final class UpgradeProgress implements RunListener {

    /** Which lines announce a step. */
    public enum Source {
        /** alembic's INFO log lines on stderr (online runs). */
        LOG,
        /** The {@code -- Running ...} comments on stdout ({@code --sql}). */
        SQL_COMMENTS
    }

    /** Hears progress; called on a runner thread, see {@link RunListener}. */
    @FunctionalInterface
    public interface Listener {
        void progressed(Progress progress);
    }

    /**
     * Where a run stands.
     *
     * @param total the number of planned steps (0 without a plan)
     * @param started how many announced steps matched the plan (all announced steps without a plan)
     * @param running the step announced last and matched to the plan, if any
     * @param runningNumber its 1-based position in the plan (0 when none or without a plan)
     * @param lastLine the last "Running ..." line seen
     * @param unexpected announced steps the plan did not predict
     * @param outOfOrder announced steps that matched a planned step other than the next one
     * @param notRun planned steps never announced; filled in once the run succeeded
     * @param finalState the run's final state once it ended
     */
    public record Progress(int total, int started, Optional<MigrationStep> running, int runningNumber,
            Optional<MigrationLogLine> lastLine, List<MigrationLogLine> unexpected, List<MigrationLogLine> outOfOrder,
            List<MigrationStep> notRun, Optional<RunState> finalState) {

        public Progress {
            unexpected = List.copyOf(unexpected);
            outOfOrder = List.copyOf(outOfOrder);
            notRun = List.copyOf(notRun);
        }

        /** True when alembic did something the plan did not say (or not what it said). */
        public boolean disagrees() {
            return !unexpected.isEmpty() || !outOfOrder.isEmpty() || !notRun.isEmpty();
        }

        /** {@code [2/3] Running upgrade A -> B, doc}; {@code [?/3] ...} for an unexpected step. */
        public String label() {
            if (lastLine.isEmpty()) {
                return "[0" + (total == 0 ? "" : "/" + total) + "] waiting for alembic";
            }
            String line = lastLine.get().text();
            if (total == 0) {
                return "[" + started + "] " + line;
            }
            // the running step is cleared when the last line matched nothing
            boolean matched = running.isPresent();
            return "[" + (matched ? String.valueOf(runningNumber) : "?") + "/" + total + "] " + line
                    + (matched ? "" : "  (not in Retort's plan: Retort and alembic disagree)");
        }

        /** One sentence per disagreement, for the user. */
        public List<String> disagreements() {
            List<String> out = new ArrayList<>();
            unexpected.forEach(u -> out.add("alembic ran a step Retort did not plan: " + u.text()));
            outOfOrder.forEach(u -> out.add("alembic ran a step in another order than planned: " + u.text()));
            notRun.forEach(s -> out.add("alembic did not run a planned step: " + s.logLine()));
            return out;
        }
    }

    private final List<MigrationStep> steps;
    private final boolean planned;
    private final Source source;
    private final boolean[] matched;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<MigrationLogLine> unexpected = new ArrayList<>();
    private final List<MigrationLogLine> outOfOrder = new ArrayList<>();
    private int started;
    private int runningIndex = -1;
    private MigrationLogLine lastLine;
    private RunState finalState;

    /** Progress against {@code plan}, from alembic's log lines. */
    public UpgradeProgress(MigrationPlan plan) {
        this(plan, Source.LOG);
    }

    /** Progress against {@code plan}, from the given lines. */
    public UpgradeProgress(MigrationPlan plan, Source source) {
        this(plan.steps(), true, source);
    }

    private UpgradeProgress(List<MigrationStep> steps, boolean planned, Source source) {
        this.steps = List.copyOf(steps);
        this.planned = planned;
        this.source = source;
        this.matched = new boolean[steps.size()];
    }

    /** Counting steps without a plan (stamp; or when the database could not be read to plan). */
    public static UpgradeProgress unplanned(Source source) {
        return new UpgradeProgress(List.of(), false, source);
    }

    /** Hears every change; called on the run's thread, see {@link RunListener}. */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Where the run stands now. */
    public synchronized Progress snapshot() {
        List<MigrationStep> notRun = new ArrayList<>();
        if (finalState == RunState.SUCCEEDED) {
            for (int i = 0; i < steps.size(); i++) {
                if (!matched[i]) {
                    notRun.add(steps.get(i));
                }
            }
        }
        Optional<MigrationStep> running = runningIndex < 0 ? Optional.empty() : Optional.of(steps.get(runningIndex));
        return new Progress(planned ? steps.size() : 0, started, running, runningIndex + 1,
                Optional.ofNullable(lastLine), unexpected, outOfOrder, notRun, Optional.ofNullable(finalState));
    }

    @Override
    public void lineRead(OutputLine line) {
        Optional<MigrationLogLine> parsed = switch (source) {
            case LOG -> line.stream() == StreamKind.STDERR ? MigrationLogLine.parse(line.message()) : Optional.empty();
            case SQL_COMMENTS -> line.stream() == StreamKind.STDOUT ? MigrationLogLine.parseSqlComment(line.text())
                    : Optional.empty();
        };
        if (parsed.isEmpty()) {
            return;
        }
        Progress progress;
        synchronized (this) {
            announce(parsed.get());
            progress = snapshot();
        }
        listeners.forEach(l -> l.progressed(progress));
    }

    @Override
    public void finished(RunResult result) {
        Progress progress;
        synchronized (this) {
            finalState = result.state();
            progress = snapshot();
        }
        listeners.forEach(l -> l.progressed(progress));
    }

    private void announce(MigrationLogLine line) {
        lastLine = line;
        if (!planned) {
            started++;
            return;
        }
        int next = nextUnmatched();
        int index = find(line, next);
        if (index < 0) {
            unexpected.add(line);
            runningIndex = -1;
            return;
        }
        if (index != next) {
            outOfOrder.add(line);
        }
        matched[index] = true;
        runningIndex = index;
        started++;
    }

    private int find(MigrationLogLine line, int next) {
        // text (with the SQL comments' shorter form), the next step first; then by revision
        for (int pass = 0; pass < 2; pass++) {
            if (next >= 0 && matches(steps.get(next), line, pass)) {
                return next;
            }
            for (int i = 0; i < steps.size(); i++) {
                if (!matched[i] && i != next && matches(steps.get(i), line, pass)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean matches(MigrationStep step, MigrationLogLine line, int pass) {
        boolean kind = step.upgrade() ? line.kind() == MigrationLogLine.Kind.UPGRADE
                : line.kind() == MigrationLogLine.Kind.DOWNGRADE;
        if (!kind) {
            return false;
        }
        if (pass == 0) {
            String expected = source == Source.SQL_COMMENTS ? "Running " + step.shortLog() : step.logLine();
            return expected.equals(line.text());
        }
        return step.revision().equals(line.revision());
    }

    private int nextUnmatched() {
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                return i;
            }
        }
        return -1;
    }
}
