package dev.retort.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Background work on a small pool of daemon threads; results come back through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newCachedThreadPool(new NamedDaemons());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int running;

    @Override
    public <T> Cancellable submit(String title, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        started(title);
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished();
                    onSuccess.accept(result);
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(failure);
                });
            }
        });
        return () -> future.cancel(true);
    }

    @Override
    public Cancellable loop(String name, Runnable loop) {
        Future<?> future = pool.submit(loop);
        return () -> future.cancel(true);
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    private void started(String title) {
        runOnFx(() -> {
            running++;
            busy.set(true);
            message.set(title);
        });
    }

    private void finished() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            busy.set(false);
            message.set("");
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
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
        pool.shutdownNow();
    }

    /** Daemon threads, so a forgotten task never keeps the JVM alive after the window closes. */
    private static final class NamedDaemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "retort-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
