package dev.retort.runner;

/**
 * The life of one alembic run: {@code IDLE -> RUNNING -> SUCCEEDED | FAILED | CANCELLED}.
 *
 * <p>A run that cannot start at all goes straight from {@code IDLE} to {@code FAILED}; a run
 * cancelled before it started goes from {@code IDLE} to {@code CANCELLED}. The three final
 * states never change again.
 */
public enum RunState {
    /** Prepared; listeners may be attached; nothing runs yet. */
    IDLE,
    /** The process was started and has not been fully collected yet. */
    RUNNING,
    /** The process exited with code 0 (and was not cancelled). */
    SUCCEEDED,
    /** The process could not start, exited non-zero, or timed out; see {@link RunResult#failure()}. */
    FAILED,
    /** {@link AlembicRun#cancel()} ended it; the whole process tree was stopped. */
    CANCELLED;

    /** True for the three final states. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
