package dev.retort.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs everything at once on the calling thread: tests get deterministic results without
 * waiting. Loops are not started; tests drive them by hand through {@link #loops()}.
 */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> loops = new ArrayList<>();

    @Override
    public <T> Cancellable submit(String title, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return Cancellable.NONE;
        }
        onSuccess.accept(result);
        return Cancellable.NONE;
    }

    @Override
    public Cancellable loop(String name, Runnable loop) {
        loops.add(loop);
        return () -> loops.remove(loop);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** The loops that a real runner would have started. */
    public List<Runnable> loops() {
        return List.copyOf(loops);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        loops.clear();
    }
}
