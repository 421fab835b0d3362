package dev.retort.runner;

/**
 * Hears what a run does. Methods are called on Retort's runner threads (never a UI thread: a
 * JavaFX view model must hop with {@code Platform.runLater}), one call at a time per run, in
 * order: {@code stateChanged(IDLE, RUNNING)}, the lines, then the final
 * {@code stateChanged(RUNNING, ...)} and {@code finished}. Keep them quick: lines wait for them.
 * An exception thrown by a listener is swallowed so that output keeps being drained.
 */
public interface RunListener {
    /** A line was read from stdout or stderr. */
    default void lineRead(OutputLine line) {
    }

    /** The run moved to another state. */
    default void stateChanged(RunState from, RunState to) {
    }

    /** The run reached its final state; called once, after the final {@link #stateChanged}. */
    default void finished(RunResult result) {
    }
}
