package dev.retort.runner;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run ended.
 *
 * @param state {@link RunState#SUCCEEDED}, {@link RunState#FAILED} or {@link RunState#CANCELLED}
 * @param exitCode the process's exit code; empty when it never started. After a cancel or
 *     timeout it is the code of the killed process (128 + signal on POSIX)
 * @param elapsed from start to the end of collecting its output
 * @param failure why it failed; present exactly when the state is FAILED
 * @param droppedLines how many old lines the bounded log dropped
 * @param survivors ids of processes of the tree that were still alive after a cancel or timeout
 *     had killed them (should always be empty; if not, the user must be told)
 */
public record RunResult(RunState state, OptionalInt exitCode, Duration elapsed, Optional<RunFailure> failure,
        long droppedLines, List<Long> survivors) {

    public RunResult {
        Objects.requireNonNull(state, "state");
        if (!state.isFinal()) {
            throw new IllegalArgumentException("a result needs a final state, not " + state);
        }
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(failure, "failure");
        if (failure.isPresent() != (state == RunState.FAILED)) {
            throw new IllegalArgumentException("failure must be given exactly for FAILED");
        }
        survivors = List.copyOf(survivors);
    }

    /** True when alembic exited with 0 and was not cancelled. */
    public boolean succeeded() {
        return state == RunState.SUCCEEDED;
    }

    /** An exit code for a command line: the process's, or 1 when there is none. */
    public int exitCodeOr(int fallback) {
        return exitCode.orElse(fallback);
    }
}
