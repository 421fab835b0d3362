package dev.retort.runner;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Owns the threads that run processes: each run uses three of them while it runs (stdout,
 * stderr, supervision), so they come from one cached pool owned here rather than from scattered
 * {@code new Thread}s. {@link #close()} cancels what still runs and shuts the pool down.
 *
 * <pre>{@code
 * try (ProcessRunner runner = new ProcessRunner()) {
 *     AlembicRun run = runner.prepare(command.toProcessSpec(System.getenv()), RunOptions.DEFAULTS);
 *     run.addListener(progress);
 *     run.start();
 *     RunResult result = run.await();
 * }
 * }</pre>
 */
public final class ProcessRunner implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;
    private final Set<AlembicRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** A runner with its own pool of daemon threads named {@code retort-runner-N-M}. */
    public ProcessRunner() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "retort-runner-" + pool + "-" + count.incrementAndGet());
            // daemon: a forgotten runner must not keep the JVM alive; close() still stops the processes
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(factory);
    }

    /**
     * A run of {@code spec} in state IDLE: attach listeners, then {@link AlembicRun#start()}.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public AlembicRun prepare(ProcessSpec spec, RunOptions options) {
        if (closed) {
            throw new IllegalStateException("this ProcessRunner is closed");
        }
        AlembicRun[] self = new AlembicRun[1];
        AlembicRun run = new AlembicRun(spec, options, executor, () -> active.remove(self[0]));
        self[0] = run;
        active.add(run);
        return run;
    }

    /** A run of {@code spec} with {@link RunOptions#DEFAULTS}. */
    public AlembicRun prepare(ProcessSpec spec) {
        return prepare(spec, RunOptions.DEFAULTS);
    }

    /** Starts {@code spec} and waits for it; for short commands such as {@code --version}. */
    public RunResultWithLog runAndWait(ProcessSpec spec, RunOptions options) throws InterruptedException {
        AlembicRun run = prepare(spec, options);
        run.start();
        RunResult result = run.await();
        return new RunResultWithLog(result, run.log());
    }

    /** A finished run's result and log together. */
    public record RunResultWithLog(RunResult result, BoundedLog log) {
    }

    /** The runs prepared and not yet final. */
    public List<AlembicRun> activeRuns() {
        return List.copyOf(active);
    }

    /**
     * Cancels the runs still going, waits for them (bounded), and shuts the pool down.
     * Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        List<AlembicRun> running = List.copyOf(active);
        running.forEach(AlembicRun::cancel);
        try {
            for (AlembicRun run : running) {
                run.await(CLOSE_WAIT);
            }
            executor.shutdown();
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
