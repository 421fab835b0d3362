package dev.retort.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process and everything it started: destroy (SIGTERM) the whole tree, wait a grace
 * period, then destroyForcibly (SIGKILL) whatever is left, and report what still lives.
 *
 * <p>The descendants are collected <em>before</em> anything is killed and again before the
 * forcible round: once a parent dies its children are re-parented and can no longer be found
 * from it, so handles taken early are the only way to reach them.
 */
final class ProcessTree {
    private static final Duration FORCIBLE_WAIT = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /** The process and its descendants that are alive now. */
    static Set<ProcessHandle> snapshot(ProcessHandle root) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /**
     * Terminates the tree under {@code root}.
     *
     * @return the ids of processes still alive afterwards (empty when all ended)
     */
    static List<Long> terminate(ProcessHandle root, Duration grace) throws InterruptedException {
        Set<ProcessHandle> known = snapshot(root);
        // children first, so a parent that reacts to a dying child cannot start another one
        List<ProcessHandle> order = new ArrayList<>(known);
        java.util.Collections.reverse(order);
        order.forEach(ProcessHandle::destroy);
        waitForExit(known, grace);
        for (ProcessHandle handle : List.copyOf(known)) {
            if (handle.isAlive()) {
                handle.descendants().forEach(known::add);
            }
        }
        for (ProcessHandle handle : known) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        waitForExit(known, FORCIBLE_WAIT);
        List<Long> survivors = new ArrayList<>();
        for (ProcessHandle handle : known) {
            if (handle.isAlive()) {
                survivors.add(handle.pid());
            }
        }
        return survivors;
    }

    private static void waitForExit(Set<ProcessHandle> handles, Duration limit) throws InterruptedException {
        CompletableFuture<?>[] exits = handles.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        if (exits.length == 0) {
            return;
        }
        try {
            CompletableFuture.allOf(exits).get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // some ignore SIGTERM: the forcible round deals with them
        }
    }
}
