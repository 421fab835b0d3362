package dev.retort.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the UI runs work off the FX thread. Callbacks always arrive on the thread that
 * owns the UI (the FX thread for {@link FxTaskRunner}, the caller's for {@link SameThreadTaskRunner}),
 * so views never have to think about threads.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background and hands its result (or failure) back.
     *
     * @param title what the status bar says while it runs, e.g. "Loading project"
     */
    <T> Cancellable submit(String title, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    /**
     * Runs a long-lived loop (a file watcher) that is not "busy work": it does not show progress.
     * The loop must return when its thread is interrupted.
     */
    Cancellable loop(String name, Runnable loop);

    /** Runs a small piece of code on the UI thread later (or now, for the same-thread runner). */
    void onUiThread(Runnable action);

    /** True while at least one {@link #submit submitted} task runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the most recent running task, empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** Stops background threads; used when the window closes. */
    void shutdown();

    /** A handle on submitted work. */
    interface Cancellable {
        void cancel();

        Cancellable NONE = () -> { };
    }
}
