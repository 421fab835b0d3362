package dev.retort.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items made on other threads (a process's output lines) to the UI thread in batches:
 * one hop per burst rather than one per item, so a chatty process cannot flood the FX event
 * queue. Items arrive in the order they were offered.
 */
public final class UiBatcher<T> {
    private final TaskRunner tasks;
    private final Consumer<List<T>> consumer;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param tasks whose {@link TaskRunner#onUiThread} runs the consumer
     * @param consumer gets each batch, oldest item first, on the UI thread
     */
    public UiBatcher(TaskRunner tasks, Consumer<List<T>> consumer) {
        this.tasks = tasks;
        this.consumer = consumer;
    }

    /** Queues an item; any thread. */
    public void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            tasks.onUiThread(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
