package dev.retort.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of alembic (or any process), with the typed state model a wizard drives:
 * {@code IDLE -> RUNNING -> SUCCEEDED | FAILED | CANCELLED}.
 *
 * <p>Create it with {@link ProcessRunner#prepare}, attach listeners, then {@link #start()}.
 * stdin is {@code /dev/null} (alembic wraps its messages when stdin is a terminal, reference
 * 4.7); stdout and stderr are drained concurrently, line by line, into a {@link BoundedLog}
 * and to the listeners. {@link #cancel()} ends the whole process tree.
 */
public final class AlembicRun {
    /** How long to keep reading after the process exited (a leftover grandchild may hold the pipes). */
    private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(5);

    private final ProcessSpec spec;
    private final RunOptions options;
    private final ExecutorService executor;
    private final Runnable onDone;
    private final BoundedLog log;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<RunResult> completion = new CompletableFuture<>();
    private final CompletableFuture<Void> cancelSignal = new CompletableFuture<>();
    private final AtomicLong sequence = new AtomicLong();
    // Lines and notifications are delivered one at a time under deliveryLock. Lock order: code
    // holding deliveryLock may take this run's monitor (a listener calling state()), never the
    // reverse, so nothing below takes deliveryLock while holding the monitor.
    private final Object deliveryLock = new Object();
    private final FailureEvidence evidence = new FailureEvidence();

    private RunState state = RunState.IDLE;
    private Process process;
    private volatile long startNanos;
    private volatile long endNanos;

    AlembicRun(ProcessSpec spec, RunOptions options, ExecutorService executor, Runnable onDone) {
        this.spec = spec;
        this.options = options;
        this.executor = executor;
        this.onDone = onDone;
        this.log = new BoundedLog(options.maxLogLines(), options.maxLogChars());
    }

    /** What this run starts. */
    public ProcessSpec spec() {
        return spec;
    }

    /** The current state. */
    public synchronized RunState state() {
        return state;
    }

    /** The lines read so far (the last ones, within the log's bounds). */
    public BoundedLog log() {
        return log;
    }

    /** Adds a listener; add them before {@link #start()} to hear every line. */
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    /** Time since start (frozen once the run ended); zero before start. */
    public Duration elapsed() {
        long start = startNanos;
        long end = endNanos;
        if (start == 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((end != 0 ? end : System.nanoTime()) - start);
    }

    /** The process, once started (for showing its id, and for tests that check the tree is gone). */
    public synchronized Optional<ProcessHandle> processHandle() {
        return process == null ? Optional.empty() : Optional.of(process.toHandle());
    }

    /** Completes with the result when the run reaches its final state. */
    public CompletableFuture<RunResult> completion() {
        return completion.copy();
    }

    /** Waits for the final state. */
    public RunResult await() throws InterruptedException {
        try {
            return completion.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("run supervision failed", e.getCause());
        }
    }

    /** Waits at most {@code limit} for the final state. */
    public Optional<RunResult> await(Duration limit) throws InterruptedException {
        try {
            return Optional.of(completion.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("run supervision failed", e.getCause());
        }
    }

    /** The result, once final. */
    public Optional<RunResult> result() {
        return Optional.ofNullable(completion.getNow(null));
    }

    /**
     * Starts the process: IDLE to RUNNING, or to FAILED when it cannot be started.
     *
     * @throws IllegalStateException when the run is not IDLE (a run starts once)
     */
    public void start() {
        ProcessBuilder builder = new ProcessBuilder(spec.argv()).directory(spec.workingDirectory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        Runnable announce;
        synchronized (this) {
            if (state != RunState.IDLE) {
                throw new IllegalStateException("a run starts once; this one is " + state);
            }
            startNanos = System.nanoTime();
            try {
                process = builder.start();
                state = RunState.RUNNING;
                announce = null;
            } catch (IOException | RuntimeException e) {
                endNanos = System.nanoTime();
                RunFailure failure = new RunFailure(RunFailure.Kind.START_FAILED, "Cannot run " + spec.argv().get(0)
                        + " in " + spec.workingDirectory() + ": " + e.getMessage(), List.of());
                announce = finish(RunState.FAILED, OptionalInt.empty(), Optional.of(failure), List.of());
            }
        }
        if (announce != null) {
            dispatch(announce);
            return;
        }
        try {
            // the supervising thread announces RUNNING before any line, and listeners never run on the caller's thread
            executor.execute(() -> {
                notifyState(RunState.IDLE, RunState.RUNNING);
                Future<?> out = executor.submit(() -> drain(process.getInputStream(), StreamKind.STDOUT));
                Future<?> err = executor.submit(() -> drain(process.getErrorStream(), StreamKind.STDERR));
                supervise(out, err);
            });
        } catch (RejectedExecutionException e) {
            // the runner was closed in the meantime: nothing may run unsupervised
            process.destroyForcibly();
            synchronized (this) {
                endNanos = System.nanoTime();
                announce = finish(RunState.CANCELLED, OptionalInt.empty(), Optional.empty(), List.of());
            }
            announce.run();
        }
    }

    /**
     * Asks the run to stop. A running process tree gets SIGTERM, then after the grace period
     * SIGKILL; the state becomes CANCELLED once its output is collected. A run that has not
     * started is cancelled at once.
     *
     * @return true when the request was taken (the run was IDLE or RUNNING); a process that exits
     *     on its own before the request is acted on keeps its own outcome
     */
    public boolean cancel() {
        Runnable announce;
        synchronized (this) {
            if (state == RunState.IDLE) {
                startNanos = System.nanoTime();
                endNanos = startNanos;
                announce = finish(RunState.CANCELLED, OptionalInt.empty(), Optional.empty(), List.of());
            } else if (state == RunState.RUNNING) {
                announce = null;
            } else {
                return false;
            }
        }
        if (announce != null) {
            dispatch(announce);
            return true;
        }
        return cancelSignal.complete(null);
    }

    private void drain(InputStream in, StreamKind stream) {
        OutputClassifier classifier = new OutputClassifier(stream);
        try (in) {
            new LineSplitter(options.maxLineChars()).pump(in, text -> deliver(classifier, text));
        } catch (IOException e) {
            // the stream was closed under us (process killed); what was read is kept
        }
    }

    private void deliver(OutputClassifier classifier, String text) {
        synchronized (deliveryLock) {
            OutputLine line = classifier.classify(sequence.getAndIncrement(), text, elapsed());
            log.add(line);
            evidence.accept(line);
            for (RunListener listener : listeners) {
                try {
                    listener.lineRead(line);
                } catch (RuntimeException e) {
                    // a broken listener must not stop the draining, or the process would block
                }
            }
        }
    }

    private void supervise(Future<?> out, Future<?> err) {
        List<Long> survivors = List.of();
        boolean timedOut = false;
        boolean cancelled = false;
        try {
            CompletableFuture<?> ended = CompletableFuture.anyOf(process.onExit(), cancelSignal);
            try {
                if (options.timeout().isPresent()) {
                    ended.get(options.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    ended.get();
                }
            } catch (TimeoutException e) {
                timedOut = true;
            }
            if (process.isAlive()) {
                cancelled = !timedOut;
                survivors = ProcessTree.terminate(process.toHandle(), options.grace());
            }
            process.waitFor();
            waitForDrain(out);
            waitForDrain(err);
        } catch (InterruptedException e) {
            // the runner is shutting down: stop the tree rather than leave it running
            Thread.currentThread().interrupt();
            survivors = terminateQuietly();
            cancelled = true;
        } catch (ExecutionException e) {
            cancelled = cancelSignal.isDone();
        }
        conclude(timedOut, cancelled, survivors);
    }

    private void conclude(boolean timedOut, boolean cancelled, List<Long> survivors) {
        OptionalInt exit = process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
        RunFailure explained;
        synchronized (deliveryLock) {
            explained = evidence.explain(exit.orElse(-1));
        }
        Runnable announce;
        synchronized (this) {
            endNanos = System.nanoTime();
            if (cancelled) {
                announce = finish(RunState.CANCELLED, exit, Optional.empty(), survivors);
            } else if (timedOut) {
                RunFailure failure = new RunFailure(RunFailure.Kind.TIMED_OUT, "Stopped after "
                        + options.timeout().orElseThrow().toMillis() + " ms without finishing", List.of());
                announce = finish(RunState.FAILED, exit, Optional.of(failure), survivors);
            } else if (exit.isPresent() && exit.getAsInt() == 0) {
                announce = finish(RunState.SUCCEEDED, exit, Optional.empty(), survivors);
            } else {
                announce = finish(RunState.FAILED, exit, Optional.of(explained), survivors);
            }
        }
        dispatch(announce);
    }

    private List<Long> terminateQuietly() {
        try {
            return ProcessTree.terminate(process.toHandle(), Duration.ZERO);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            return List.of();
        }
    }

    private static void waitForDrain(Future<?> drain) throws InterruptedException {
        try {
            drain.get(DRAIN_AFTER_EXIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // a process outside the tree (daemonised) still holds the pipe: stop waiting for it
            drain.cancel(true);
        } catch (ExecutionException e) {
            // drain() handles its own I/O errors
        }
    }

    /**
     * Moves to the final state; called with this run's monitor held. Returns the announcement,
     * which the caller must {@link #dispatch} after leaving the monitor (see deliveryLock).
     */
    private Runnable finish(RunState finalState, OptionalInt exit, Optional<RunFailure> failure, List<Long> survivors) {
        RunState from = state;
        state = finalState;
        RunResult result = new RunResult(finalState, exit, Duration.ofNanos(endNanos - startNanos), failure,
                log.dropped(), survivors);
        return () -> {
            notifyState(from, finalState);
            synchronized (deliveryLock) {
                for (RunListener listener : listeners) {
                    try {
                        listener.finished(result);
                    } catch (RuntimeException e) {
                        // see deliver()
                    }
                }
            }
            completion.complete(result);
            onDone.run();
        };
    }

    /** Announces on a runner thread, so that cancel() or start() called from a UI thread never waits on listeners. */
    private void dispatch(Runnable announce) {
        try {
            executor.execute(announce);
        } catch (RejectedExecutionException e) {
            // the runner is closing: announce here rather than never
            announce.run();
        }
    }

    private void notifyState(RunState from, RunState to) {
        synchronized (deliveryLock) {
            for (RunListener listener : listeners) {
                try {
                    listener.stateChanged(from, to);
                } catch (RuntimeException e) {
                    // see deliver()
                }
            }
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    @Override
    public String toString() {
        return "AlembicRun[" + spec.display() + ", " + state() + "]";
    }
}
